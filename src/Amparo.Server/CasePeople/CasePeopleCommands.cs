using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Data.People;
using Amparo.Domain.Cases;
using Amparo.Domain.People;
using Amparo.Server.Auth;
using Amparo.Server.Intake;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.CasePeople;

/// <summary>
/// The people around a case: the victim's dependants with their support network (her data: only roles that may read
/// it) and the aggressor's vehicles (his data: the police record them too).
/// </summary>
public sealed class CasePeopleCommands(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    /// <summary>Who records the aggressor's vehicles: those who record the case's intake, and the police.</summary>
    public static IReadOnlyList<string> VehicleRecorders { get; } = [.. AmparoRoles.IntakeRecorders, AmparoRoles.Policia];

    /// <summary>Who records the victim's dependants: those who record the case's intake (and may read her data).</summary>
    public static IReadOnlyList<string> DependantRecorders { get; } = AmparoRoles.IntakeRecorders;

    public async Task<CommandResult<IReadOnlyList<DependantView>>> DependantsAsync(Guid caseId, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        if (!await IntakeCases.VisibleAsync(db, caseId, scope, cancellationToken))
        {
            return CommandResult.Refused<IReadOnlyList<DependantView>>(CommandOutcome.NotFound);
        }

        if (!scope.SeesVictimData)
        {
            return CommandResult.Refused<IReadOnlyList<DependantView>>(CommandOutcome.Forbidden, "Su rol no puede ver los datos de la víctima ni de sus dependientes.");
        }

        var rows = await db.Dependants.AsNoTracking().Where(d => d.CaseId == caseId).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        return CommandResult.Ok<IReadOnlyList<DependantView>>(rows.Select(DependantView.From).ToList());
    }

    public async Task<CommandResult<Guid>> AddDependantAsync(Guid caseId, DependantRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        if (!await IntakeCases.VisibleAsync(db, caseId, scope, cancellationToken))
        {
            return CommandResult.Refused<Guid>(CommandOutcome.NotFound);
        }

        if (!scope.IsAny(DependantRecorders) || !scope.SeesVictimData)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Forbidden, "Su rol no registra dependientes de la víctima.");
        }

        if (string.IsNullOrWhiteSpace(request.FullName) || !Enum.IsDefined(request.Category))
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Invalid, "Indique el nombre y la categoría del dependiente.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var dependant = new Dependant
        {
            Id = Guid.CreateVersion7(), CaseId = caseId, FullName = request.FullName.Trim(), Category = request.Category, BirthDate = request.BirthDate,
            Relationship = request.Relationship?.Trim(), LivesWithVictim = request.LivesWithVictim, HasSupportNetwork = request.HasSupportNetwork,
            SupportNetwork = request.SupportNetwork?.Trim(), Institution = request.Institution?.Trim(), Notes = request.Notes?.Trim(),
        };
        db.Dependants.Add(dependant);
        CaseTimeline.Record(db, caseId, CaseEventKinds.DependantRecorded, scope.UserName, now, null,
            new { dependantId = dependant.Id, category = dependant.Category.ToString(), dependant.HasSupportNetwork });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Ok(dependant.Id);
    }

    public async Task<CommandResult<IReadOnlyList<VehicleView>>> VehiclesAsync(Guid caseId, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        if (!await IntakeCases.VisibleAsync(db, caseId, scope, cancellationToken))
        {
            return CommandResult.Refused<IReadOnlyList<VehicleView>>(CommandOutcome.NotFound);
        }

        var rows = await db.Vehicles.AsNoTracking().Where(v => v.CaseId == caseId && v.EndedAt == null).OrderBy(v => v.Plate).ToListAsync(cancellationToken);
        return CommandResult.Ok<IReadOnlyList<VehicleView>>(rows.Select(VehicleView.From).ToList());
    }

    public async Task<CommandResult<Guid>> AddVehicleAsync(Guid caseId, VehicleRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        if (!await IntakeCases.VisibleAsync(db, caseId, scope, cancellationToken))
        {
            return CommandResult.Refused<Guid>(CommandOutcome.NotFound);
        }

        if (!scope.IsAny(VehicleRecorders))
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Forbidden, "Su rol no registra vehículos.");
        }

        var plate = request.Plate?.Trim().ToUpperInvariant() ?? string.Empty;
        if (plate.Length is < 3 or > 20)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Invalid, "Indique la placa del vehículo (3 a 20 caracteres).");
        }

        var aggressor = await db.People.Where(p => p.CaseId == caseId && p.Role == PartyRole.Aggressor).Select(p => p.Id).FirstAsync(cancellationToken);
        var vehicle = new Vehicle { Id = Guid.CreateVersion7(), CaseId = caseId, PersonId = aggressor, Plate = plate, Description = request.Description?.Trim() };
        db.Vehicles.Add(vehicle);
        CaseTimeline.Record(db, caseId, CaseEventKinds.VehicleRecorded, scope.UserName, time.GetUtcNow().UtcDateTime, null, new { vehicle.Plate });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Ok(vehicle.Id);
    }
}
