using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.FollowUp;
using Amparo.Domain.Cases;
using Amparo.Domain.FollowUp;
using Amparo.Server.Auth;
using Amparo.Server.Intake;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.FollowUps;

/// <summary>Records a check-in call or a police round on an active case, with its entry on the timeline.</summary>
public sealed class FollowUpCommands(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    /// <summary>How late a follow-up may be reported: a round written up at the end of the week, not months later.</summary>
    public static readonly TimeSpan LatestReport = TimeSpan.FromDays(7);

    public async Task<CommandResult<Guid>> RecordAsync(Guid caseId, FollowUpRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var monitored = await IntakeCases.FindAsync(db, caseId, scope, cancellationToken);
        if (monitored is null)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.NotFound);
        }

        if (!Enum.IsDefined(request.Kind) || !scope.IsAny(FollowUpRoles.For(request.Kind)))
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Forbidden, request.Kind == FollowUpKind.PoliceRound
                ? "Las rondas las registra la policía o la supervisión."
                : "Las llamadas de control las registra la central, el CEM o el área de género.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var at = request.At?.ToUniversalTime() ?? now;
        var problems = new List<string>();
        if (!Enum.IsDefined(request.Outcome) || !FollowUpRoles.Fits(request.Kind, request.Outcome))
        {
            problems.Add("El resultado no corresponde: una llamada es Reached o NoAnswer; una ronda, Done o NobodyHome.");
        }

        if (at > now.AddMinutes(5) || at < now - LatestReport)
        {
            problems.Add("La fecha debe ser de los últimos 7 días y no futura.");
        }

        if (request.Note?.Length > 4000 || request.Institution?.Length > 200)
        {
            problems.Add("La nota admite hasta 4000 caracteres y la institución hasta 200.");
        }

        if (problems.Count > 0)
        {
            return CommandResult.Invalid<Guid>(problems);
        }

        if (monitored.Status != CaseStatus.Active)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Conflict, "El seguimiento se registra en casos con monitoreo activo.");
        }

        var record = new FollowUpRecord
        {
            Id = Guid.CreateVersion7(), CaseId = caseId, Kind = request.Kind, Outcome = request.Outcome, At = at,
            Institution = string.IsNullOrWhiteSpace(request.Institution) ? null : request.Institution.Trim(),
            RecordedBy = scope.UserName, RecordedAt = now, Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
        };
        db.FollowUps.Add(record);
        CaseTimeline.Record(db, caseId, request.Kind == FollowUpKind.CheckInCall ? CaseEventKinds.CheckInCalled : CaseEventKinds.PoliceRound,
            scope.UserName, now, OutcomeText(request.Outcome), new { record.Id, record.At, outcome = record.Outcome.ToString(), record.Institution });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Ok(record.Id);
    }

    private static string OutcomeText(FollowUpOutcome outcome) => outcome switch
    {
        FollowUpOutcome.Reached => "Se habló con la víctima.",
        FollowUpOutcome.NoAnswer => "No respondió.",
        FollowUpOutcome.Done => "Ronda realizada.",
        _ => "Ronda realizada: nadie en el domicilio.",
    };
}
