using Amparo.Ingest.Teltonika;

namespace Amparo.Ingest.Tests.Teltonika;

/// <summary>
/// The UDP form: header (length, packet id, type, AVL packet id, IMEI) and the AVL body without CRC, answered
/// <c>00 05 &lt;packet id&gt; 01 &lt;AVL packet id&gt; &lt;count&gt;</c>. The corpus holds no UDP frame; the frame here is the
/// one of Traccar's TeltonikaProtocolDecoderTest (testDecodeConnectionless), its values read off the bytes.
/// </summary>
public class TeltonikaUdpDecoderTests
{
    private const string TraccarDatagram =
        "0049cafe0122000f33353734353430373237313339373508010000015d3766f6a800003eef961ec6215e0063006d09003100070401000200f001c8000242381c18003201c7000000e10001";

    [Fact]
    public void A_datagram_gives_its_IMEI_its_record_and_a_reply_with_its_packet_ids_and_count()
    {
        var (datagram, error) = TeltonikaUdpDecoder.Decode(Convert.FromHexString(TraccarDatagram));

        Assert.Null(error);
        Assert.Equal("357454072713975", datagram!.Imei);
        Assert.Equal("0005CAFE012201", Convert.ToHexString(datagram.Reply!));
        var fix = Assert.Single(datagram.Packet.Records);
        Assert.Equal("357454072713975", fix.UniqueId);
        Assert.Equal(new DateTime(2017, 7, 12, 15, 24, 41, DateTimeKind.Utc), fix.FixTime);
        Assert.True(fix.Valid);
        Assert.Equal(51.630115, fix.Latitude, 1e-7);
        Assert.Equal(0.4124566, fix.Longitude, 1e-7);
        Assert.Equal(109, fix.Course);
        // IO 24 (50 km/h, the unit's own speed) wins over the GPS element's 49 km/h in codec 8.
        Assert.Equal(26.9978, fix.SpeedKnots!.Value, 0.0001);
    }

    [Fact]
    public void An_encoded_datagram_decodes_back_with_every_record()
    {
        var t = new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
        var packet = TeltonikaEncoder.Codec8([(t, -16.3989, -71.5369, 40), (t.AddSeconds(10), -16.3990, -71.5370, 0)]);

        var (datagram, error) = TeltonikaUdpDecoder.Decode(TeltonikaEncoder.Datagram("356307042441013", 0x0102, 0x7F, packet));

        Assert.Null(error);
        Assert.Equal(2, datagram!.Packet.Records.Count);
        Assert.Equal(t.AddSeconds(10), datagram.Packet.Records[1].FixTime);
        Assert.Equal([0x00, 0x05, 0x01, 0x02, 0x01, 0x7F, 0x02], datagram.Reply);
    }

    [Fact]
    public void A_command_reply_over_UDP_gets_no_reply()
    {
        // teltonika-018's body (codec 12) in a datagram.
        var tcp = Convert.FromHexString("00000000000000100c010600000008010300010015d5c5010000d988");

        var (datagram, error) = TeltonikaUdpDecoder.Decode(TeltonikaEncoder.Datagram("356307042441013", 1, 1, tcp));

        Assert.Null(error);
        Assert.Null(datagram!.Reply);
        Assert.Empty(datagram.Packet.Records);
    }

    [Theory]
    [InlineData("004acafe0122000f33353734353430373237313339373508010000015d3766f6a800003eef961ec6215e0063006d09003100070401000200f001c8000242381c18003201c7000000e10001", "length field counts one byte too many")]
    [InlineData("0049cafe0122000f33353734353430373237313339373a08010000015d3766f6a800003eef961ec6215e0063006d09003100070401000200f001c8000242381c18003201c7000000e10001", "IMEI with a colon")]
    [InlineData("0049cafe0122000f33353734353430373237313339373508010000015d3766f6a800003eef961ec6215e0063006d09003100070401000200f001c8000242381c18003201c7000000e10002", "record counts differ")]
    [InlineData("0049cafe0122001f33353734353430373237313339373508010000015d3766f6a800003eef961ec6215e0063006d09003100070401000200f001c8000242381c18003201c7000000e10001", "IMEI length out of range")]
    [InlineData("0007cafe0122000000", "no IMEI")]
    [InlineData("", "empty")]
    public void A_malformed_datagram_is_refused(string hex, string why)
    {
        var (datagram, error) = TeltonikaUdpDecoder.Decode(Convert.FromHexString(hex));

        Assert.True(datagram is null && error is not null, why);
    }
}
