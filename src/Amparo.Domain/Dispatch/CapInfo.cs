namespace Amparo.Domain.Dispatch;

/// <summary>The one CAP info block Amparo sends: what happened, how grave, what to do, who to call, where.</summary>
public sealed record CapInfo(
    string Language,
    string Event,
    CapGrade Grade,
    string SenderName,
    string Headline,
    string Description,
    string Instruction,
    string Contact,
    IReadOnlyList<KeyValuePair<string, string>> Parameters,
    CapArea Area);
