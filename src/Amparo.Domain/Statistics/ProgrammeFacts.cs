using Amparo.Domain.Supervision;

namespace Amparo.Domain.Statistics;

/// <summary>
/// What the programme's figures for a period are computed from, for the jurisdictions asked: every case and device
/// assignment that touched the period, and the alarms, alerts, reports and registrations in it.
/// </summary>
public sealed record ProgrammeFacts(
    DateTime From,
    DateTime To,
    IReadOnlyList<CaseFact> Cases,
    IReadOnlyList<AssignmentFact> Assignments,
    IReadOnlyList<AlarmRecord> Alarms,
    IReadOnlyList<DateTime> AppPanics,
    IReadOnlyList<CitizenAlertFact> CitizenAlerts,
    IReadOnlyList<CitizenReportFact> CitizenReports,
    IReadOnlyList<RegistrationFact> Registrations);

/// <summary>A case: when it was registered, activated and closed, and why it closed.</summary>
public sealed record CaseFact(DateTime CreatedAt, DateTime? ActivatedAt, DateTime? ClosedAt, string? Closure);

/// <summary>A device on a case: from when to when (null: still on it), and its model.</summary>
public sealed record AssignmentFact(Guid DeviceId, DateTime AssignedAt, DateTime? RemovedAt, string Model);

/// <summary>A citizen's alert: gender or citizen, when raised, claimed and resolved.</summary>
public sealed record CitizenAlertFact(string Kind, DateTime RaisedAt, DateTime? ClaimedAt, DateTime? ResolvedAt);

/// <summary>A citizen's report: its category and queue, when filed, and when it ended (resolved or rejected) if it did.</summary>
public sealed record CitizenReportFact(string Category, string Queue, DateTime FiledAt, string Status, DateTime? EndedAt);

/// <summary>A phone that joined: a victim's app linked to her case, or a citizen verified in the municipal app.</summary>
public sealed record RegistrationFact(string Kind, DateTime At);
