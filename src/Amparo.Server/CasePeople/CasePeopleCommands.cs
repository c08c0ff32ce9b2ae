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
        if (await DependantRefusalAsync(db, caseId, request, scope, cancellationToken) is { } refused)
        {
            return refused;
        }

        var dependant = new Dependant { Id = Guid.CreateVersion7(), CaseId = caseId, FullName = request.FullName.Trim() };
        Apply(dependant, request);
        db.Dependants.Add(dependant);
        CaseTimeline.Record(db, caseId, CaseEventKinds.DependantRecorded, scope.UserName, time.GetUtcNow().UtcDateTime, null,
            new { dependantId = dependant.Id, category = dependant.Category.ToString(), dependant.HasSupportNetwork });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Ok(dependant.Id);
    }

    /// <summary>Corrects or completes what is recorded of a dependant (her support network once it is named, a new school…).</summary>
    public async Task<CommandResult<Guid>> UpdateDependantAsync(Guid caseId, Guid dependantId, DependantRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        if (await DependantRefusalAsync(db, caseId, request, scope, cancellationToken) is { } refused)
        {
            return refused;
        }

        var dependant = await db.Dependants.FirstOrDefaultAsync(d => d.Id == dependantId && d.CaseId == caseId, cancellationToken);
        if (dependant is null)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.NotFound, "El dependiente no está registrado en este caso.");
        }

        Apply(dependant, request);
        CaseTimeline.Record(db, caseId, CaseEventKinds.DependantUpdated, scope.UserName, time.GetUtcNow().UtcDateTime, null,
            new { dependantId, category = dependant.Category.ToString(), dependant.HasSupportNetwork });
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

    /// <summary>He no longer uses the vehicle: it leaves the list the police look for (it stays on the case's history).</summary>
    public async Task<CommandResult<Guid>> EndVehicleAsync(Guid caseId, Guid vehicleId, UserScope scope, CancellationToken cancellationToken)
    {
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

        var vehicle = await db.Vehicles.FirstOrDefaultAsync(v => v.Id == vehicleId && v.CaseId == caseId && v.EndedAt == null, cancellationToken);
        if (vehicle is null)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.NotFound, "El vehículo no está registrado en este caso o ya fue dado de baja.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        vehicle.EndedAt = now;
        CaseTimeline.Record(db, caseId, CaseEventKinds.VehicleEnded, scope.UserName, now, null, new { vehicleId, vehicle.Plate });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Ok(vehicle.Id);
    }

    /// <summary>Why a dependant may not be recorded or changed: the case is not hers to see (404), her role (403), or the request.</summary>
    private static async Task<CommandResult<Guid>?> DependantRefusalAsync(
        AmparoDbContext db, Guid caseId, DependantRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        if (!await IntakeCases.VisibleAsync(db, caseId, scope, cancellationToken))
        {
            return CommandResult.Refused<Guid>(CommandOutcome.NotFound);
        }

        if (!scope.IsAny(DependantRecorders) || !scope.SeesVictimData)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Forbidden, "Su rol no registra dependientes de la víctima.");
        }

        return string.IsNullOrWhiteSpace(request.FullName) || !Enum.IsDefined(request.Category)
            ? CommandResult.Refused<Guid>(CommandOutcome.Invalid, "Indique el nombre y la categoría del dependiente.")
            : null;
    }

    private static void Apply(Dependant dependant, DependantRequest request)
    {
        dependant.FullName = request.FullName.Trim();
        dependant.Category = request.Category;
        dependant.BirthDate = request.BirthDate;
        dependant.Relationship = request.Relationship?.Trim();
        dependant.LivesWithVictim = request.LivesWithVictim;
        dependant.HasSupportNetwork = request.HasSupportNetwork;
        dependant.SupportNetwork = request.SupportNetwork?.Trim();
        dependant.Institution = request.Institution?.Trim();
        dependant.Notes = request.Notes?.Trim();
    }
}
