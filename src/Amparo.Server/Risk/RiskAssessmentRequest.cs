namespace Amparo.Server.Risk;

/// <summary>
/// POST /api/cases/{id}/risk-assessments: the instrument version, the day it was applied (today in the case's time
/// zone when left out), the institution that applied it (one of Amparo's by id, or named; the user's own when
/// neither), every answer (question code → option code) and, optionally, a raised level with its reason.
/// </summary>
public sealed record RiskAssessmentRequest(
    string? Instrument,
    string? Version,
    DateOnly? AssessedOn,
    Guid? InstitutionId,
    string? InstitutionName,
    IReadOnlyDictionary<string, string>? Answers,
    RiskOverrideRequest? Override);

public sealed record RiskOverrideRequest(string? Level, string? Reason);
