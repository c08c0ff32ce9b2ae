using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Data.Zones;
using Amparo.Domain.Cases;
using Amparo.Server.App;
using Amparo.Server.Auth;
using Amparo.Server.Cases;
using Amparo.Server.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Server.CourtOrders;

/// <summary>
/// Applies the court's later decisions to a case (seeds 001 and 002): extension, variation, suspension for
/// preventive prison, reincorporation after release (only once the risk was assessed again), cessation by the
/// victim's will (only after the interview). Each is stored as an order, written on the timeline, and the case's
/// engine reloads so monitoring starts, stops or changes at once.
/// </summary>
public sealed class CourtOrderCommands(
    IDbContextFactory<AmparoDbContext> contexts, IRiskLevelSource risk, IOptions<IntakeOptions> intake, CaseEngineSignal engine, TimeProvider time)
{
    /// <summary>How recent the interview must be for her wish to end the monitoring.</summary>
    public static readonly TimeSpan InterviewValidity = TimeSpan.FromDays(30);

    public async Task<CommandResult<Guid>> ApplyAsync(Guid caseId, CourtOrderRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var monitored = await db.Cases.Include(c => c.Measures).FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (monitored is null || !scope.CanSee(monitored.JurisdictionId))
        {
            return CommandResult.Refused<Guid>(CommandOutcome.NotFound);
        }

        if (!scope.IsAny(AmparoRoles.CaseRegistrars))
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Forbidden, "Solo el juzgado o la central registran una orden.");
        }

        if (string.IsNullOrWhiteSpace(request.Court) || string.IsNullOrWhiteSpace(request.Judge) || request.Kind == JudicialOrderKind.Initial)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Invalid, "Indique el juzgado, el juez o la jueza, y una decisión posterior a la orden inicial.");
        }

        if (CaseTransitions.After(monitored.Status, request.Kind) is not { } after)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Conflict, $"Una orden de tipo {request.Kind} no se aplica a un caso en estado {monitored.Status}.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var today = CaseCalendar.Today(monitored, now);
        var refusal = request.Kind switch
        {
            JudicialOrderKind.Extension => Extend(db, monitored, request, scope.UserName, now),
            JudicialOrderKind.Variation => await VaryAsync(db, monitored, request, scope.UserName, today, now, cancellationToken),
            JudicialOrderKind.Reincorporation => await ReincorporateAsync(db, monitored, request, scope.UserName, now, cancellationToken),
            JudicialOrderKind.Cessation => await CeaseAsync(db, monitored, request, scope.UserName, now, cancellationToken),
            _ => Suspend(db, monitored, request, scope.UserName, now),
        };
        if (refusal is not null)
        {
            return refusal;
        }

        var order = new JudicialOrder
        {
            Id = Guid.CreateVersion7(), CaseId = caseId, Kind = request.Kind, Court = request.Court.Trim(), Judge = request.Judge.Trim(),
            FileNumber = string.IsNullOrWhiteSpace(request.FileNumber) ? monitored.FileNumber : request.FileNumber.Trim(), IssuedOn = request.IssuedOn,
            EndsOn = request.EndsOn, PerimeterMetres = request.PerimeterMetres, ReleasedOn = request.ReleasedOn, Notes = request.Note?.Trim(),
            RecordedBy = scope.UserName, RecordedAt = now,
        };
        db.JudicialOrders.Add(order);
        var statusBefore = monitored.Status;
        monitored.Status = monitored.Status == CaseStatus.Closed ? CaseStatus.Closed : after;
        await db.SaveChangesAsync(cancellationToken);
        if (statusBefore is CaseStatus.Active or CaseStatus.Suspended || monitored.Status == CaseStatus.Active)
        {
            await engine.ReloadAsync(caseId);
        }

        return CommandResult.Ok(order.Id);
    }

    public async Task<CommandResult<Guid>> InterviewAsync(Guid caseId, InterviewRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var monitored = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        if (monitored is null || !scope.CanSee(monitored.JurisdictionId))
        {
            return CommandResult.Refused<Guid>(CommandOutcome.NotFound);
        }

        if (!scope.IsAny(AmparoRoles.IntakeRecorders))
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Forbidden, "La entrevista la hace el área de género municipal o el equipo técnico del juzgado.");
        }

        if (string.IsNullOrWhiteSpace(request.Institution))
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Invalid, "Indique la institución que la entrevistó.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var interview = new CessationInterview
        {
            Id = Guid.CreateVersion7(), CaseId = caseId, At = now, Institution = request.Institution.Trim(), ConductedBy = scope.UserName,
            RisksExplained = request.RisksExplained, WishesToLeave = request.WishesToLeave, Note = request.Note?.Trim(),
        };
        db.CessationInterviews.Add(interview);
        CaseTimeline.Record(db, caseId, CaseEventKinds.CessationInterview, scope.UserName, now, request.Note,
            new { interview.Institution, interview.RisksExplained, interview.WishesToLeave });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Ok(interview.Id);
    }

    private static CommandResult<Guid>? Extend(AmparoDbContext db, MonitoredCase monitored, CourtOrderRequest request, string actor, DateTime now)
    {
        var term = CaseCalendar.Term(monitored);
        if (request.EndsOn is not { } to || term is null || (term.EndsOn is { } from && to <= from))
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Invalid, "Una prórroga necesita una nueva fecha de fin, posterior a la actual.");
        }

        var before = term.EndsOn;
        foreach (var measure in monitored.Measures.Where(m => m.EndsOn == before))
        {
            measure.EndsOn = to;
        }

        CaseTimeline.Record(db, monitored.Id, CaseEventKinds.Extended, actor, now, request.Note, new { from = before, to, court = request.Court, judge = request.Judge });
        return null;
    }

    private async Task<CommandResult<Guid>?> VaryAsync(
        AmparoDbContext db, MonitoredCase monitored, CourtOrderRequest request, string actor, DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        if (request.PerimeterMetres is null && request.EndsOn is null)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Invalid, "Una variación cambia el perímetro o la fecha de fin.");
        }

        var minimum = intake.Value.MinimumPerimeterMetres;
        if (request.PerimeterMetres is { } perimeter && (!double.IsFinite(perimeter) || perimeter < minimum || perimeter > 50_000))
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Invalid, $"El perímetro debe ser de al menos {minimum:0} m.");
        }

        var before = new { perimeterMetres = monitored.PerimeterMetres, endsOn = CaseCalendar.Term(monitored)?.EndsOn };
        if (request.PerimeterMetres is { } metres)
        {
            var zones = await db.Zones.Where(z => z.CaseId == monitored.Id && (z.Kind == ZoneKind.Fixed || z.Kind == ZoneKind.Dynamic)
                && z.RadiusMetres == monitored.PerimeterMetres).ToListAsync(cancellationToken);
            zones.ForEach(z => z.RadiusMetres = metres);
            monitored.PerimeterMetres = metres;
        }

        if (request.EndsOn is { } end)
        {
            foreach (var measure in monitored.Measures.Where(m => m.Type == ProtectionMeasureType.ElectronicSurveillance))
            {
                measure.EndsOn = end;
            }

            if (end < today)
            {
                await CloseAsync(db, monitored, CaseClosure.CourtOrder, actor, now, request.Note, cancellationToken: cancellationToken);
            }
        }

        CaseTimeline.Record(db, monitored.Id, CaseEventKinds.MeasureVaried, actor, now, request.Note,
            new { before, after = new { perimeterMetres = monitored.PerimeterMetres, endsOn = request.EndsOn ?? before.endsOn } });
        return null;
    }

    private static CommandResult<Guid>? Suspend(AmparoDbContext db, MonitoredCase monitored, CourtOrderRequest request, string actor, DateTime now)
    {
        CaseTimeline.Record(db, monitored.Id, CaseEventKinds.Suspended, actor, now, request.Note, new { reason = "preventive_prison" });
        return null;
    }

    private async Task<CommandResult<Guid>?> ReincorporateAsync(
        AmparoDbContext db, MonitoredCase monitored, CourtOrderRequest request, string actor, DateTime now, CancellationToken cancellationToken)
    {
        if (request.ReleasedOn is not { } released)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Invalid, "Indique la fecha en que el agresor recuperó la libertad.");
        }

        if (await risk.LatestAsync(monitored.Id, cancellationToken) is not { } current || current.AssessedOn < released)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Conflict,
                "Al recuperar el agresor la libertad debe evaluarse de nuevo el riesgo: registre una evaluación posterior a la liberación.");
        }

        CaseTimeline.Record(db, monitored.Id, CaseEventKinds.Reincorporated, actor, now, request.Note,
            new { releasedOn = released, riskLevel = current.Level.ToString(), riskAssessedOn = current.AssessedOn });
        return null;
    }

    private static async Task<CommandResult<Guid>?> CeaseAsync(
        AmparoDbContext db, MonitoredCase monitored, CourtOrderRequest request, string actor, DateTime now, CancellationToken cancellationToken)
    {
        var since = now - InterviewValidity;
        var interview = await db.CessationInterviews.AsNoTracking()
            .Where(i => i.CaseId == monitored.Id && i.At >= since && i.RisksExplained && i.WishesToLeave)
            .OrderByDescending(i => i.At).FirstOrDefaultAsync(cancellationToken);
        if (interview is null)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Conflict,
                "El cese por voluntad de la víctima requiere antes una entrevista en la que se le informaron los riesgos de dejar el programa.");
        }

        await CloseAsync(db, monitored, CaseClosure.VictimWill, actor, now, request.Note, interview.Id, cancellationToken);
        return null;
    }

    private static async Task CloseAsync(
        AmparoDbContext db, MonitoredCase monitored, CaseClosure closure, string actor, DateTime now, string? note, Guid? interviewId = null,
        CancellationToken cancellationToken = default)
    {
        await AppRevocation.RevokeAllOfCaseAsync(db, monitored.Id, actor, now, cancellationToken);
        monitored.Status = CaseStatus.Closed;
        monitored.ClosedAt = now;
        monitored.Closure = closure;
        CaseTimeline.Record(db, monitored.Id, closure == CaseClosure.VictimWill ? CaseEventKinds.Ceased : CaseEventKinds.Closed, actor, now, note,
            new { closure = closure.ToString(), interviewId });
    }
}
