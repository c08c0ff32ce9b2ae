namespace Amparo.Data.Audit;

/// <summary>Who did or saw what, when and from where. Written for every read of a victim's position.</summary>
public sealed class AuditEvent
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public required string UserName { get; set; }

    public required string Action { get; set; }

    public required string SubjectType { get; set; }

    public string? SubjectId { get; set; }

    public Guid? CaseId { get; set; }

    public string? RemoteAddress { get; set; }

    public string? Details { get; set; }

    /// <summary>Its link in the integrity ledger, once sealed.</summary>
    public long? LedgerIndex { get; set; }
}
