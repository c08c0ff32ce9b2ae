using System.Text.Json;
using Amparo.Data.Risk;
using Amparo.Domain.Risk;

namespace Amparo.Server.Risk;

/// <summary>An assessment as it was scored and recorded.</summary>
public sealed record RiskAssessmentView(
    Guid Id,
    Guid CaseId,
    string Instrument,
    string Version,
    DateOnly AssessedOn,
    string InstitutionName,
    Guid? InstitutionId,
    string AssessedBy,
    DateTime RecordedAt,
    IReadOnlyDictionary<string, string> Answers,
    int RawScore,
    string BandLevel,
    IReadOnlyList<string> AppliedRules,
    string ComputedLevel,
    string FinalLevel,
    LocalizedText FinalLabel,
    CommonRiskLevel CommonLevel,
    RiskOverrideView? Override,
    DateOnly? NextDueOn)
{
    public static RiskAssessmentView From(RiskAssessment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.CaseId, a.InstrumentCode, a.InstrumentVersion, a.AssessedOn, a.InstitutionName, a.InstitutionId, a.AssessedBy,
            a.RecordedAt, JsonSerializer.Deserialize<Dictionary<string, string>>(a.AnswersJson) ?? [], a.RawScore, a.BandLevel,
            JsonSerializer.Deserialize<List<string>>(a.AppliedRulesJson) ?? [], a.ComputedLevel, a.FinalLevel,
            new LocalizedText { Es = a.FinalLabelEs, En = a.FinalLabelEn }, a.CommonLevel,
            a.OverrideLevel is null ? null : new RiskOverrideView(a.OverrideLevel, a.OverrideBy ?? "", a.OverrideReason ?? ""),
            a.NextDueOn);
    }
}

/// <summary>The level an assessor raised the computed one to, who and why.</summary>
public sealed record RiskOverrideView(string Level, string By, string Reason);
