using Amparo.Data.Database;
using Amparo.Data.Institutions;
using Amparo.Data.Stock;
using Amparo.Domain.Cases;
using Amparo.Domain.Stock;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.FieldDevices.Stock;

/// <summary>
/// Moves a device of the user's stock by hand, by <see cref="StockTransitions"/>: to repair, lost, back in store,
/// reserved for a case, retired, or to another custodian that may keep devices. Every movement is a row.
/// </summary>
public sealed class StockMovements(IDbContextFactory<AmparoDbContext> contexts, StockQueries queries, TimeProvider time)
{
    public async Task<CommandResult<StockDeviceView>> MoveAsync(Guid deviceId, MovementRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var device = await FieldScope.Devices(db, scope).FirstOrDefaultAsync(d => d.Id == deviceId, cancellationToken);
        if (device is null)
        {
            return CommandResult.Refused<StockDeviceView>(CommandOutcome.NotFound, "El dispositivo no existe o no está en el stock de sus jurisdicciones.");
        }

        var from = device.StockStatus;
        var to = request.Status ?? from;
        var toInstitution = request.InstitutionId ?? device.CustodianId;
        var note = FieldText.Trimmed(request.Note, 2000);
        if (StatusProblem(from, to) is { } statusProblem)
        {
            return CommandResult.Refused<StockDeviceView>(CommandOutcome.Conflict, statusProblem);
        }

        if (to == from && toInstitution == device.CustodianId)
        {
            return CommandResult.Refused<StockDeviceView>(CommandOutcome.Invalid, "El movimiento no cambia ni el estado ni el custodio.");
        }

        if (note is null && to is StockStatus.Lost or StockStatus.Retired)
        {
            return CommandResult.Refused<StockDeviceView>(CommandOutcome.Invalid, "Una pérdida o una baja necesita una nota que la explique.");
        }

        if (toInstitution != device.CustodianId && await CustodyProblemAsync(db, scope, to, toInstitution, cancellationToken) is { } custody)
        {
            return custody;
        }

        Guid? reservedFor = null;
        if (to == StockStatus.Assigned)
        {
            var reservation = await FieldScope.Cases(db, scope).FirstOrDefaultAsync(c => c.Id == request.CaseId, cancellationToken);
            if (reservation is null)
            {
                return CommandResult.Refused<StockDeviceView>(CommandOutcome.Invalid, "Para reservar un dispositivo indique un caso de sus jurisdicciones.");
            }

            if (reservation.Status is not (CaseStatus.Ordered or CaseStatus.Active))
            {
                return CommandResult.Refused<StockDeviceView>(CommandOutcome.Conflict, "El caso no está ordenado ni activo: no se le reservan dispositivos.");
            }

            reservedFor = reservation.Id;
        }

        db.DeviceMovements.Add(new DeviceMovement
        {
            Id = Guid.CreateVersion7(), DeviceId = device.Id, At = time.GetUtcNow().UtcDateTime, FromStatus = from, ToStatus = to,
            FromInstitutionId = device.CustodianId, ToInstitutionId = toInstitution, CaseId = reservedFor ?? device.ReservedCaseId,
            By = scope.UserName, Note = note,
        });
        device.StockStatus = to;
        device.CustodianId = toInstitution;
        device.ReservedCaseId = reservedFor;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Refused<StockDeviceView>(CommandOutcome.Conflict, "Otro movimiento cambió el dispositivo al mismo tiempo; vuelva a intentarlo.");
        }

        return CommandResult.Ok<StockDeviceView>((await queries.DeviceAsync(device.Id, scope, cancellationToken))!);
    }

    private static string? StatusProblem(StockStatus from, StockStatus to) =>
        from == to || StockTransitions.CanMove(from, to, StockChannel.Manual) ? null
        : from == StockStatus.Installed ? "El dispositivo está instalado: se retira solo con un acta de desinstalación o un recambio."
        : to == StockStatus.Installed ? "Un dispositivo se instala solo con un acta de instalación."
        : $"Un dispositivo {FieldWords.Of(from)} no puede pasar a {FieldWords.Of(to)}.";

    private static async Task<CommandResult<StockDeviceView>?> CustodyProblemAsync(
        AmparoDbContext db, UserScope scope, StockStatus to, Guid? institutionId, CancellationToken cancellationToken)
    {
        if (!StockTransitions.CanTransfer(to))
        {
            return CommandResult.Refused<StockDeviceView>(CommandOutcome.Conflict, $"Un dispositivo {FieldWords.Of(to)} no cambia de custodio.");
        }

        var institution = await FieldScope.Institutions(db, scope).FirstOrDefaultAsync(i => i.Id == institutionId, cancellationToken);
        if (institution is null)
        {
            return CommandResult.Refused<StockDeviceView>(CommandOutcome.Invalid, "La institución de destino no existe o no es de sus jurisdicciones.");
        }

        return StockCustody.Refusal(institution) is { } refusal ? CommandResult.Refused<StockDeviceView>(CommandOutcome.Conflict, refusal) : null;
    }
}
