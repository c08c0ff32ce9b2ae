namespace Amparo.Domain.Dispatch;

/// <summary>
/// A CAP 1.2 alert to the 911 centre. Always Restricted (it names a protected person's case); Exercise for drills.
/// An Update or Cancel names the earlier message it follows in <see cref="References"/> ("sender,identifier,sent").
/// </summary>
public sealed record CapAlert(
    string Identifier,
    string Sender,
    DateTimeOffset Sent,
    bool Exercise,
    CapMessageType MessageType,
    string Restriction,
    CapInfo Info,
    string? References = null);
