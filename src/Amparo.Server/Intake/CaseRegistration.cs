using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Data.People;
using Amparo.Domain.Cases;
using Amparo.Domain.People;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Intake;

/// <summary>
/// Registers a case from the judicial order that orders its monitoring: the order, its measures with their dates,
/// both parties; the case waits (Ordered) until its prerequisites and feasibility allow activation.
/// </summary>
public sealed class CaseRegistration(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    public async Task<CommandResult<Guid>> RegisterAsync(RegisterCaseRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.IsAny(AmparoRoles.CaseRegistrars))
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Forbidden, "Solo el juzgado o la central registran un caso.");
        }

        if (!scope.CanSee(request.JurisdictionId))
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Forbidden, "La jurisdicción no es de las suyas.");
        }

        await using var db = contexts.CreateDbContext();
        if (IntakeValidation.Registration(request) is { Count: > 0 } problems)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Invalid, [.. problems]);
        }

        if (!await db.Jurisdictions.AnyAsync(j => j.Id == request.JurisdictionId, cancellationToken))
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Invalid, "La jurisdicción no existe.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var caseId = Guid.CreateVersion7();
        db.Cases.Add(new MonitoredCase
        {
            Id = caseId, FileNumber = request.FileNumber.Trim(), Court = request.Court.Trim(), Status = CaseStatus.Ordered,
            JurisdictionId = request.JurisdictionId, CreatedAt = now, TimeZone = request.TimeZone ?? "America/Lima",
            PerimeterMetres = request.PerimeterMetres,
            Measures = request.Measures.Select(m => new ProtectionMeasure
            {
                Id = Guid.CreateVersion7(), CaseId = caseId, Type = m.Type, StartsOn = m.StartsOn, EndsOn = m.EndsOn, Details = m.Details?.Trim(),
            }).ToList(),
        });
        db.People.AddRange(Person(caseId, PartyRole.Victim, request.Victim), Person(caseId, PartyRole.Aggressor, request.Aggressor));
        var order = new JudicialOrder
        {
            Id = Guid.CreateVersion7(), CaseId = caseId, Kind = JudicialOrderKind.Initial, Court = request.Court.Trim(), Judge = request.Judge.Trim(),
            FileNumber = request.FileNumber.Trim(), IssuedOn = request.IssuedOn, PerimeterMetres = request.PerimeterMetres,
            Notes = request.Notes?.Trim(), RecordedBy = scope.UserName, RecordedAt = now,
        };
        db.JudicialOrders.Add(order);
        CaseTimeline.Record(db, caseId, CaseEventKinds.OrderRegistered, scope.UserName, now, request.Notes, new
        {
            orderId = order.Id, court = order.Court, judge = order.Judge, fileNumber = order.FileNumber, issuedOn = order.IssuedOn,
            perimeterMetres = order.PerimeterMetres, measures = request.Measures.Select(m => m.Type.ToString()),
        });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Ok(caseId);
    }

    /// <summary>The jurisdictions the user may register a case in, by name.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> JurisdictionsAsync(UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var all = await db.Jurisdictions.AsNoTracking().OrderBy(j => j.Name).Select(j => new { j.Id, j.Name }).ToListAsync(cancellationToken);
        return all.Where(j => scope.CanSee(j.Id)).Select(j => (j.Id, j.Name)).ToList();
    }

    private static Person Person(Guid caseId, PartyRole role, PartyInput input) => new()
    {
        Id = Guid.CreateVersion7(), CaseId = caseId, Role = role, FullName = input.FullName.Trim(),
        DocumentNumber = string.IsNullOrWhiteSpace(input.DocumentNumber) ? null : input.DocumentNumber.Trim(),
        Phones = (input.Phones ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList(),
    };
}
