using System.Security.Claims;
using System.Text.Json;
using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Risk;
using Amparo.Domain.Cases;
using Amparo.Domain.Risk;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Risk;

/// <summary>
/// Records a risk assessment of a case the user can see: scored against the version named, kept with every answer,
/// its levels and the day it is due again, and written to the case's timeline in the same transaction.
/// </summary>
public sealed class RiskAssessmentCommands(
    IDbContextFactory<AmparoDbContext> contexts, RiskCatalog catalog, UserScopeResolver scopes, TimeProvider time)
{
    public async Task<RiskAssessmentOutcome> AssessAsync(Guid caseId, RiskAssessmentRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var scope = await scopes.ResolveAsync(user, cancellationToken);
        await using var db = contexts.CreateDbContext();
        var monitored = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (monitored is null || !scope.CanSee(monitored.JurisdictionId))
        {
            return RiskAssessmentOutcome.NotFound;
        }

        var errors = new Dictionary<string, string[]>();
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, CaseTimeZone(monitored.TimeZone)).DateTime);
        var assessedOn = request.AssessedOn ?? today;
        if (assessedOn > today)
        {
            errors["assessedOn"] = ["La fecha de valoración no puede ser posterior a hoy."];
        }

        var (institution, institutionId, institutionProblem) = await AssessingInstitution.ResolveAsync(db, request, scope.UserName, cancellationToken);
        if (institutionProblem is not null)
        {
            errors["institution"] = [institutionProblem];
        }

        var definition = string.IsNullOrWhiteSpace(request.Instrument) || string.IsNullOrWhiteSpace(request.Version)
            ? null
            : await catalog.GetAsync(request.Instrument.Trim(), request.Version.Trim(), cancellationToken);
        if (definition is null)
        {
            errors["instrument"] = [string.IsNullOrWhiteSpace(request.Instrument) || string.IsNullOrWhiteSpace(request.Version)
                ? "Indique el instrumento y su versión."
                : $"El instrumento «{request.Instrument}» no tiene la versión «{request.Version}»."];
            return new RiskAssessmentOutcome(RiskAssessmentStatus.Invalid, null, errors);
        }

        var raise = request.Override is null ? null : new RiskOverride(request.Override.Level?.Trim() ?? "", request.Override.Reason?.Trim() ?? "");
        var answers = request.Answers ?? new Dictionary<string, string>();
        var scoring = RiskScorer.Score(definition, answers, raise);
        if (scoring.AnswerProblems.Count > 0)
        {
            errors["answers"] = [.. scoring.AnswerProblems];
        }

        if (scoring.OverrideProblems.Count > 0)
        {
            errors["override"] = [.. scoring.OverrideProblems];
        }

        if (errors.Count > 0 || scoring.Result is not { } result)
        {
            return new RiskAssessmentOutcome(RiskAssessmentStatus.Invalid, null, errors);
        }

        var assessment = Assessment(caseId, definition, result, answers, assessedOn, institution!, institutionId, scope.UserName, now.UtcDateTime);
        db.RiskAssessments.Add(assessment);
        CaseTimeline.Record(db, caseId, CaseEventKinds.RiskAssessed, scope.UserName, assessment.RecordedAt, raise?.Reason, new
        {
            instrument = definition.Code,
            version = definition.Version,
            score = result.RawScore,
            level = result.FinalLevel,
            computedLevel = result.ComputedLevel,
            common = result.Common.ToString(),
            assessmentId = assessment.Id,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new RiskAssessmentOutcome(RiskAssessmentStatus.Recorded, RiskAssessmentView.From(assessment), errors);
    }

    private static RiskAssessment Assessment(
        Guid caseId, RiskInstrumentDefinition definition, RiskResult result, IReadOnlyDictionary<string, string> given, DateOnly assessedOn,
        string institution, Guid? institutionId, string userName, DateTime now)
    {
        var label = definition.BandOf(result.FinalLevel)!.Label;
        var policy = definition.PolicyFor(result.Common);
        var answers = definition.AllItems().Where(i => given.ContainsKey(i.Code)).ToDictionary(i => i.Code, i => given[i.Code]);
        return new RiskAssessment
        {
            Id = Guid.CreateVersion7(),
            CaseId = caseId,
            InstrumentCode = definition.Code,
            InstrumentVersion = definition.Version,
            AssessedOn = assessedOn,
            InstitutionName = institution,
            InstitutionId = institutionId,
            AssessedBy = userName,
            RecordedAt = now,
            AnswersJson = JsonSerializer.Serialize(answers),
            RawScore = result.RawScore,
            BandLevel = result.BandLevel,
            AppliedRulesJson = JsonSerializer.Serialize(result.AppliedRules),
            ComputedLevel = result.ComputedLevel,
            FinalLevel = result.FinalLevel,
            FinalLabelEs = label.Es,
            FinalLabelEn = label.En,
            CommonLevel = result.Common,
            OverrideLevel = result.Override?.Level,
            OverrideBy = result.Override is null ? null : userName,
            OverrideReason = result.Override?.Reason,
            NextDueOn = policy is null ? null : assessedOn.AddDays(policy.ReassessEveryDays),
        };
    }

    private static TimeZoneInfo CaseTimeZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
