using Amparo.Ingest.Intake;

namespace Amparo.Ingest.OsmAnd;

/// <summary>The messages of one request, or why it was refused (a code for counters, a reason for the device).</summary>
public sealed record OsmAndDecodeResult(IReadOnlyList<DecodedMessage> Messages, string? ErrorCode, string? Reason)
{
    public bool IsError => ErrorCode is not null;

    public static OsmAndDecodeResult Ok(params DecodedMessage[] messages) => new(messages, null, null);

    public static OsmAndDecodeResult Fail(string code, string reason) => new([], code, reason);
}
