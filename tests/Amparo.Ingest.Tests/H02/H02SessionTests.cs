using System.Buffers;
using System.Text;
using Amparo.Ingest.H02;
using Amparo.Ingest.Intake;

namespace Amparo.Ingest.Tests.H02;

/// <summary>How one H02 connection routes its frames: text and binary reports of one device, no reply to binary.</summary>
public class H02SessionTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 30, 15, DateTimeKind.Utc);

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(Now);
    }

    private static Tcp.TcpFrameOutcome Decode(H02Session session, byte[] frame) => session.Decode(new ReadOnlySequence<byte>(frame));

    [Fact]
    public void A_binary_report_identifies_the_device_and_is_stored_without_a_reply()
    {
        var session = new H02Session(new FixedTime());
        var frame = H02Encoder.BinaryReport("4210051415", Now.AddSeconds(-30), 40.4168, -3.7038, 0, 0, status: 0xFFF7FBFF);

        var outcome = Decode(session, frame);

        Assert.Null(outcome.Error);
        Assert.Equal("4210051415", outcome.LoginId);
        Assert.Null(outcome.Reply);
        var message = Assert.Single(outcome.Messages);
        Assert.Equal(MessageKind.Position, message.Kind);
        Assert.Equal("powerCut", message.Position!.Alarm);
    }

    [Fact]
    public void Text_and_binary_reports_of_one_device_share_the_connection_and_another_id_is_refused()
    {
        var session = new H02Session(new FixedTime());
        var binary = Decode(session, H02Encoder.BinaryReport("4210051415", Now, 40.4168, -3.7038, 0, 0));
        session.Identified(binary.LoginId!);

        var text = Decode(session, Encoding.ASCII.GetBytes("*HQ,4210051415,V1,123000,A,4025.0080,N,00342.2280,W,0.00,0,231126,FFFFFBFF#"));
        var other = Decode(session, H02Encoder.BinaryReport("4210051416", Now, 40.4168, -3.7038, 0, 0));

        Assert.Null(text.LoginId);
        Assert.Equal("*HQ,4210051415,V4,V1,20261123123015#", Encoding.ASCII.GetString(text.Reply!));
        Assert.NotNull(other.Error);
    }

    [Fact]
    public void An_X_report_is_skipped_and_an_undecodable_binary_report_refused()
    {
        var session = new H02Session(new FixedTime());
        var x = Convert.FromHexString("5800009814991024031101175540227006012321670c000095fffffbffff0033");
        var corrupt = H02Encoder.BinaryReport("4210051415", Now, 40.4168, -3.7038, 0, 0);
        corrupt[10] = 0x13;

        var skipped = Decode(session, x);
        var refused = Decode(session, corrupt);

        Assert.Null(skipped.Error);
        Assert.Empty(skipped.Messages);
        Assert.Null(skipped.LoginId);
        Assert.NotNull(refused.Error);
    }
}
