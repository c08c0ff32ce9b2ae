using System.Buffers;
using System.Text;
using System.Text.Json;
using Amparo.Ingest.H02;
using Amparo.Ingest.Tcp;
using Amparo.Testing;

namespace Amparo.Ingest.Tests.H02;

/// <summary>Binary reports longer than 45 bytes (h02-030 is 46, h02-085 is 48) are split whole, so the next message is not mistaken for garbage.</summary>
public class H02LongReportFramingTests
{
    [Theory]
    [InlineData("h02-030")]
    [InlineData("h02-085")]
    public void A_long_binary_report_followed_by_a_text_message_splits_into_both(string id)
    {
        var report = File.ReadLines(SharedFiles.Corpus("h02.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
            .Single(r => r.GetProperty("id").GetString() == id).GetProperty("frame_hex").GetString()!;
        var bytes = Convert.FromHexString(report);
        var text = Encoding.ASCII.GetBytes("*HQ,4210051415,V1,164549,A,0956.3869,N,08406.7068,W,000.00,000,221215,FFFFFBFF,712,01,0,0,6#");
        var buffer = new ReadOnlySequence<byte>([.. bytes, .. text]);

        Assert.Equal(FrameStatus.Frame, H02FrameReader.TryRead(ref buffer, out var first, out _));
        Assert.Equal(FrameStatus.Frame, H02FrameReader.TryRead(ref buffer, out var second, out _));

        Assert.Equal(bytes.Length, first.Length);
        Assert.Equal(text, second.ToArray());
        Assert.True(buffer.IsEmpty);
    }
}
