using Amparo.Domain.Risk;

namespace Amparo.Data.Risk;

/// <summary>
/// One risk assessment of a case, as it was scored: the instrument version used, every answer, the score and each
/// level (band, computed after rules, final after an override) are kept, so a later version never rescores it.
/// </summary>
public sealed class RiskAssessment
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public required string InstrumentCode { get; set; }

    public required string InstrumentVersion { get; set; }

    /// <summary>The day the assessment was made (it may be recorded later).</summary>
    public DateOnly AssessedOn { get; set; }

    public required string InstitutionName { get; set; }

    public Guid? InstitutionId { get; set; }

    /// <summary>The user who recorded it.</summary>
    public required string AssessedBy { get; set; }

    public DateTime RecordedAt { get; set; }

    /// <summary>Question code → option code, as JSON.</summary>
    public required string AnswersJson { get; set; }

    public int RawScore { get; set; }

    public required string BandLevel { get; set; }

    /// <summary>Codes of the rules that changed the level, as a JSON array.</summary>
    public required string AppliedRulesJson { get; set; }

    public required string ComputedLevel { get; set; }

    public required string FinalLevel { get; set; }

    public required string FinalLabelEs { get; set; }

    public required string FinalLabelEn { get; set; }

    public CommonRiskLevel CommonLevel { get; set; }

    public string? OverrideLevel { get; set; }

    public string? OverrideBy { get; set; }

    public string? OverrideReason { get; set; }

    /// <summary>When the risk must be assessed again, by the policy of its common level.</summary>
    public DateOnly? NextDueOn { get; set; }
}
