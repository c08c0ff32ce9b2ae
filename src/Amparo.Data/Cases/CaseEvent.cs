namespace Amparo.Data.Cases;

/// <summary>One entry of a case's timeline: every change to a case is one, written in the change's own transaction.</summary>
public sealed class CaseEvent
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public DateTime At { get; set; }

    /// <summary>A code of <see cref="Domain.Cases.CaseEventKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The user who did it, or "amparo" for what Amparo did on its own (an expiry warning).</summary>
    public required string Actor { get; set; }

    /// <summary>A note the user wrote, as written.</summary>
    public string? Note { get; set; }

    /// <summary>The facts of the event as a JSON object (what changed, from what, to what).</summary>
    public string? DataJson { get; set; }
}
