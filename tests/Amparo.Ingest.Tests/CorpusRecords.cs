using System.Buffers;
using System.Text.Json;
using Amparo.Ingest.Tcp;
using Amparo.Testing;

namespace Amparo.Ingest.Tests;

/// <summary>Reads the shared corpus for theories, and checks a protocol's stream splitter against its framing cases.</summary>
internal static class CorpusRecords
{
    public delegate FrameStatus Splitter(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> frame, out string? error);

    /// <summary>(id, raw JSON) of each record of a corpus file that passes the filter.</summary>
    public static IEnumerable<object[]> Read(string file, Func<JsonElement, bool>? where = null) =>
        File.ReadLines(SharedFiles.Corpus(file))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(r => where is null || where(r))
            .Select(r => new object[] { r.GetProperty("id").GetString()!, r.GetRawText() });

    public static void AssertFirstFrame(string id, string json, Splitter split)
    {
        var record = JsonDocument.Parse(json).RootElement;
        var buffer = new ReadOnlySequence<byte>(Convert.FromHexString(record.GetProperty("stream_hex").GetString()!));

        var status = split(ref buffer, out var frame, out var error);

        Assert.True(status == FrameStatus.Frame, $"{id}: {status} {error}");
        Assert.Equal(record.GetProperty("expected_frame_hex").GetString(), Convert.ToHexString(frame.ToArray()).ToLowerInvariant());
    }
}
