using Amparo.Domain.Dispatch;

namespace Amparo.Data.Dispatch;

/// <summary>One status change asked for: by whom ("operator" or "911"), and what a send or the 911 centre adds.</summary>
public sealed record DispatchMove(DispatchStatus To, string Source, string By, string? Note)
{
    public const string OperatorSource = "operator";
    public const string EmergencyCentreSource = "911";

    public string? ExternalReference { get; init; }

    /// <summary>Where the alert was posted, for <see cref="DispatchStatus.Sent"/>.</summary>
    public string? SentTo { get; init; }
}
