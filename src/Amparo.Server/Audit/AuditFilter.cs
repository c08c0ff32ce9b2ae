namespace Amparo.Server.Audit;

/// <summary>What a supervisor looks for in the audit: a case, an action, a user, a period; the newest first.</summary>
public sealed record AuditFilter(Guid? CaseId = null, string? Action = null, string? User = null, DateTime? From = null, DateTime? To = null, int Take = 200);
