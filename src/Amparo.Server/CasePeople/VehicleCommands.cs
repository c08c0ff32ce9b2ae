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

/// <summary>The aggressor's vehicles: his data; the police record them too.</summary>
public sealed class VehicleCommands(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    /// <summary>Who records the aggressor's vehicles: those who record the case's intake, and the police.</summary>
    public static IReadOnlyList<string> Recorders { get; } = [.. AmparoRoles.IntakeRecorders, AmparoRoles.Policia];

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

        if (!scope.IsAny(Recorders))
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

        if (!scope.IsAny(Recorders))
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
}
