namespace Amparo.Data.Audit;

/// <summary>What is to be recorded: who, what, about what, from where.</summary>
public sealed record AuditEntry(
    string UserName,
    string Action,
    string SubjectType,
    string? SubjectId = null,
    Guid? CaseId = null,
    string? RemoteAddress = null,
    string? Details = null);
