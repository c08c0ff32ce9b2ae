using System.Text.Json;
using Amparo.Cli.Commands;
using Amparo.Testing;

namespace Amparo.Cli.Tests;

public class DecodeCommandTests
{
    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await AmparoCli.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task A_GT06_alarm_frame_prints_one_JSON_line_with_the_corpus_names_and_the_reply()
    {
        // gt06-143 of the corpus: GPS+LBS+status, 2015-12-29T10:43:33Z, 23.11168 N 114.40925 E, course 111.
        var (code, output, _) = await RunAsync("decode", "gt06", "787825160f0c1d0a2b21c8027ac8040c46581000146f0901cc00287d001f714804040301001c84cf0d0a");

        Assert.Equal(0, code);
        var line = JsonDocument.Parse(Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
        Assert.Equal("position", line.GetProperty("kind").GetString());
        Assert.Equal("2015-12-29T10:43:33Z", line.GetProperty("time").GetString());
        Assert.Equal(23.11168, line.GetProperty("lat").GetDouble(), 0.00001);
        Assert.Equal(114.40925, line.GetProperty("lon").GetDouble(), 0.00001);
        Assert.Equal(111, line.GetProperty("course").GetDouble());
        Assert.Equal("78780516001c1b280d0a", line.GetProperty("ack_hex").GetString());
    }

    [Fact]
    public async Task An_OsmAnd_request_target_and_a_JSON_body_both_decode()
    {
        var get = await RunAsync("decode", "osmand", "/?id=123456&timestamp=1377177267&lat=60.0&lon=30.0&speed=0.0&bearing=0.0");
        var post = await RunAsync("decode", "osmand", "{\"device_id\":\"1\",\"location\":{\"timestamp\":\"2025-06-15T13:45:12.862Z\",\"coords\":{\"latitude\":37.4219983,\"longitude\":-122.084,\"speed\":0}}}");

        Assert.Equal(0, get.Code);
        Assert.Contains("\"time\":\"2013-08-22T13:14:27Z\"", get.Output, StringComparison.Ordinal);
        Assert.Equal(0, post.Code);
        Assert.Contains("\"time\":\"2025-06-15T13:45:12.862Z\"", post.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_H02_text_message_prints_its_fix_and_the_V4_reply()
    {
        var (code, output, _) = await RunAsync("decode", "h02", "*HQ,4210051415,V1,164549,A,0956.3869,N,08406.7068,W,000.00,000,221215,FFFFFBFF,712,01,0,0,6#");

        Assert.Equal(0, code);
        var line = JsonDocument.Parse(output).RootElement;
        Assert.Equal("2015-12-22T16:45:49Z", line.GetProperty("time").GetString());
        Assert.Equal(9.93978, line.GetProperty("lat").GetDouble(), 0.00001);
        Assert.Equal(-84.11178, line.GetProperty("lon").GetDouble(), 0.00001);
        Assert.Matches("^\\*HQ,4210051415,V4,V1,\\d{14}#$", line.GetProperty("ack_text").GetString());
    }

    [Fact]
    public async Task An_H02_binary_report_given_as_hex_prints_its_fix_and_alarm_and_no_reply()
    {
        // h02-023 of the corpus: 45-byte '$' report, 2017-07-28T20:59:57Z, 51.62263 N 0.30607 E, status FFFFFBFD (bit 1: SOS).
        var (code, output, _) = await RunAsync("decode", "h02", "2442091341332059572807175137358006000183640e000000fffffbfdff001f080000000000ea1e0000000021");

        Assert.Equal(0, code);
        var line = JsonDocument.Parse(output).RootElement;
        Assert.Equal("position", line.GetProperty("kind").GetString());
        Assert.Equal("2017-07-28T20:59:57Z", line.GetProperty("time").GetString());
        Assert.Equal(51.62263, line.GetProperty("lat").GetDouble(), 0.00001);
        Assert.Equal(0.30607, line.GetProperty("lon").GetDouble(), 0.00001);
        Assert.Equal("sos", line.GetProperty("alarm").GetString());
        Assert.Equal(4294966269, line.GetProperty("attributes").GetProperty("status").GetInt64());
        Assert.False(line.TryGetProperty("ack_text", out _));
        Assert.False(line.TryGetProperty("ack_hex", out _));
    }

    [Fact]
    public async Task A_watch_SOS_prints_its_fix_alarm_and_reply()
    {
        var (code, output, _) = await RunAsync("decode", "watch", "[3G*6907919734*003e*AL_LTE,170525,214118,V,0,N,0,E,0,0,0,0,0,22,0,0,00010000,0,0,0]");

        Assert.Equal(0, code);
        var line = JsonDocument.Parse(output).RootElement;
        Assert.Equal("2025-05-17T21:41:18Z", line.GetProperty("time").GetString());
        Assert.Equal("sos", line.GetProperty("alarm").GetString());
        Assert.Equal("[3G*6907919734*0002*AL]", line.GetProperty("ack_text").GetString());
    }

    [Fact]
    public async Task A_multi_record_Teltonika_packet_prints_one_line_per_record_and_the_count_on_the_first()
    {
        // teltonika-002 of the corpus: codec 8E, two records.
        var frame = File.ReadLines(SharedFiles.Corpus("teltonika.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Single(r => r.GetProperty("id").GetString() == "teltonika-002")
            .GetProperty("frame_hex").GetString()!;
        var (code, output, _) = await RunAsync("decode", "teltonika", frame);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        Assert.Equal(0, code);
        Assert.Equal(2, lines.Count);
        Assert.Equal("2025-06-13T15:18:07Z", lines[0].GetProperty("time").GetString());
        Assert.Equal("00000002", lines[0].GetProperty("ack_hex").GetString());
        Assert.False(lines[1].TryGetProperty("ack_hex", out _));
    }

    private static string CorpusFrame(string id) =>
        File.ReadLines(SharedFiles.Corpus("teltonika.jsonl"))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Single(r => r.GetProperty("id").GetString() == id)
            .GetProperty("frame_hex").GetString()!;

    private static List<JsonElement> Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Fact]
    public async Task A_codec_7_packet_prints_each_record_and_the_count()
    {
        // teltonika-038: two GH3000 records in Bucharest, read off the bytes.
        var (code, output, _) = await RunAsync("decode", "teltonika", CorpusFrame("teltonika-038"));
        var lines = Lines(output);

        Assert.Equal(0, code);
        Assert.Equal(2, lines.Count);
        Assert.Equal("2013-07-31T22:30:35Z", lines[0].GetProperty("time").GetString());
        Assert.Equal(44.44019, lines[0].GetProperty("lat").GetDouble(), 0.00001);
        Assert.Equal(26.09313, lines[0].GetProperty("lon").GetDouble(), 0.00001);
        Assert.Equal("00000002", lines[0].GetProperty("ack_hex").GetString());
        Assert.Equal("2013-07-31T22:30:03Z", lines[1].GetProperty("time").GetString());
    }

    [Fact]
    public async Task A_UDP_datagram_is_recognised_and_its_UDP_reply_printed()
    {
        // Traccar's TeltonikaProtocolDecoderTest connectionless datagram: packet id CAFE, AVL packet id 22, one record.
        var (code, output, _) = await RunAsync("decode", "teltonika",
            "0049cafe0122000f33353734353430373237313339373508010000015d3766f6a800003eef961ec6215e0063006d09003100070401000200f001c8000242381c18003201c7000000e10001");

        Assert.Equal(0, code);
        var line = Assert.Single(Lines(output));
        Assert.Equal("position", line.GetProperty("kind").GetString());
        Assert.Equal("2017-07-12T15:24:41Z", line.GetProperty("time").GetString());
        Assert.Equal(51.630115, line.GetProperty("lat").GetDouble(), 0.00001);
        Assert.Equal("0005cafe012201", line.GetProperty("ack_hex").GetString());
    }

    [Fact]
    public async Task A_codec_13_driver_identification_prints_the_driver_id()
    {
        var (code, output, _) = await RunAsync("decode", "teltonika", CorpusFrame("teltonika-006"));

        Assert.Equal(0, code);
        var line = Assert.Single(Lines(output));
        Assert.Equal("no_position", line.GetProperty("kind").GetString());
        Assert.Equal("12749884", line.GetProperty("attributes").GetProperty("driverUniqueId").GetString());
        Assert.False(line.TryGetProperty("ack_hex", out _));
    }

    [Theory]
    [InlineData("teltonika", "000000000000000d0c010d0000000501598493ed8493ed01000018b2")]
    [InlineData("teltonika", "0049cafe0122000f33353734353430373237313339373a08010000015d3766f6a800003eef961ec6215e0063006d09003100070401000200f001c8000242381c18003201c7000000e10001")]
    [InlineData("teltonika", "00000000000000c7070441bf9db00fff425adbd741ca6e1e009e1205070001030b160000601a02015e02000314006615000a160067010500000ce441bf9d920fff425adbb141ca6fc900a2b218070001030b160000601a02015e02000314006615000a160067010500000cc641bf9d740fff425adbee41ca739200b6c91e070001030b1f0000601a02015f02000314006615000a160066010500000ca841bf9cfc0fff425adba041ca70c100b93813070001030b1f0000601a02015f02000314002315000a160025010500000c3004000000")]
    [InlineData("watch", "[3G*1*0002")]
    [InlineData("gt06", "78780d01086471700328358100093f050d0a")]
    [InlineData("h02", "HQ,123,V1#")]
    [InlineData("h02", "2a48512c")]
    [InlineData("h02", "2441060116601245431311")]
    [InlineData("gt06", "not-hex")]
    [InlineData("gt06", "7878")]
    [InlineData("osmand", "/?id=1&lat=95&lon=0")]
    [InlineData("osmand", "{\"device_id\":")]
    [InlineData("nmea", "$GPRMC")]
    public async Task A_malformed_frame_exits_2_with_one_line_on_stderr_and_no_stack_trace(string protocol, string frame)
    {
        var (code, output, error) = await RunAsync("decode", protocol, frame);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
