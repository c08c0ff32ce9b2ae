using Amparo.Data.Database;
using Amparo.Data.Devices;
using Amparo.Data.Institutions;
using Amparo.Data.Stock;
using Amparo.Domain.Devices;
using Amparo.Domain.Stock;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.FieldDevices.Stock;

/// <summary>Registers a new device into the stock of a custodian of the user's jurisdictions that may keep devices.</summary>
public sealed class StockRegistration(IDbContextFactory<AmparoDbContext> contexts, StockQueries queries, TimeProvider time)
{
    public async Task<CommandResult<StockDeviceView>> RegisterAsync(RegisterDeviceRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        var uniqueId = request.UniqueId?.Trim() ?? "";
        var problems = new List<string>();
        if (uniqueId.Length is 0 or > 64)
        {
            problems.Add("El identificador del dispositivo (IMEI o id) es obligatorio y tiene a lo sumo 64 caracteres.");
        }

        if (request.Protocol == DeviceProtocol.App)
        {
            problems.Add("Los teléfonos con la aplicación de pánico se inscriben con un código del centro, no en el almacén.");
        }

        if (request.ReportIntervalSeconds is < 5 or > 86_400)
        {
            problems.Add("El intervalo de reporte debe estar entre 5 segundos y un día.");
        }

        if (problems.Count > 0)
        {
            return CommandResult.Invalid<StockDeviceView>(problems);
        }

        await using var db = contexts.CreateDbContext();
        var custodian = await FieldScope.Institutions(db, scope).FirstOrDefaultAsync(i => i.Id == request.CustodianId, cancellationToken);
        if (custodian is null)
        {
            return CommandResult.Refused<StockDeviceView>(CommandOutcome.Invalid, "La institución custodia no existe o no es de sus jurisdicciones.");
        }

        if (StockCustody.Refusal(custodian) is { } refusal)
        {
            return CommandResult.Refused<StockDeviceView>(CommandOutcome.Conflict, refusal);
        }

        if (await db.Devices.AnyAsync(d => d.UniqueId == uniqueId, cancellationToken))
        {
            return CommandResult.Refused<StockDeviceView>(CommandOutcome.Conflict, $"Ya hay un dispositivo registrado con el identificador {uniqueId}.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var device = new Device
        {
            Id = Guid.CreateVersion7(), UniqueId = uniqueId, Protocol = request.Protocol, Kind = request.Kind,
            Model = FieldText.Trimmed(request.Model, 100), Label = FieldText.Trimmed(request.Label, 200), ReportIntervalSeconds = request.ReportIntervalSeconds,
            CreatedAt = now, StockStatus = StockStatus.InStore, CustodianId = custodian.Id,
        };
        db.Devices.Add(device);
        db.DeviceMovements.Add(new DeviceMovement
        {
            Id = Guid.CreateVersion7(), DeviceId = device.Id, At = now, FromStatus = null, ToStatus = StockStatus.InStore,
            ToInstitutionId = custodian.Id, By = scope.UserName, Note = FieldText.Trimmed(request.Note, 2000) ?? "Alta en el stock.",
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return CommandResult.Refused<StockDeviceView>(CommandOutcome.Conflict, $"Ya hay un dispositivo registrado con el identificador {uniqueId}.");
        }

        return CommandResult.Created<StockDeviceView>((await queries.DeviceAsync(device.Id, scope, cancellationToken))!);
    }
}
