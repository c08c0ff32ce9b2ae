using Amparo.Data.Audit;
using Amparo.Data.Database;
using Amparo.Data.Devices;
using Amparo.Domain.Devices;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.FieldDevices.Stock;

/// <summary>
/// A device's own secret, for protocols that carry one (OsmAnd's <c>key</c>): set, it must come with every message
/// or the message is refused. Shown once when made; kept as its hash; every change audited.
/// </summary>
public static class DeviceSecretEndpoints
{
    public static void MapDeviceSecretEndpoints(this RouteGroupBuilder stock)
    {
        ArgumentNullException.ThrowIfNull(stock);
        stock.MapPost("/devices/{id:guid}/secret", SetAsync)
            .WithSummary("Makes a new secret for an OsmAnd device { secret }: shown once, configured in the phone as the key parameter; the old one stops working.");
        stock.MapDelete("/devices/{id:guid}/secret", ClearAsync).WithSummary("Removes a device's secret: its identifier alone is accepted again.");
    }

    private static async Task<Results<Ok<DeviceSecretView>, NotFound, ProblemHttpResult>> SetAsync(
        Guid id, HttpContext context, IDbContextFactory<AmparoDbContext> contexts, DeviceDirectory directory, AuditLog audit)
    {
        var secret = DeviceSecrets.New();
        var outcome = await ChangeAsync(id, DeviceSecrets.Hash(secret), context, contexts, directory, audit);
        return outcome switch
        {
            null => TypedResults.Ok(new DeviceSecretView(secret)),
            { } problem when problem.StatusCode == StatusCodes.Status404NotFound => TypedResults.NotFound(),
            { } problem => problem,
        };
    }

    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> ClearAsync(
        Guid id, HttpContext context, IDbContextFactory<AmparoDbContext> contexts, DeviceDirectory directory, AuditLog audit)
    {
        var outcome = await ChangeAsync(id, null, context, contexts, directory, audit);
        return outcome switch
        {
            null => TypedResults.NoContent(),
            { } problem when problem.StatusCode == StatusCodes.Status404NotFound => TypedResults.NotFound(),
            { } problem => problem,
        };
    }

    private static async Task<ProblemHttpResult?> ChangeAsync(
        Guid id, string? hash, HttpContext context, IDbContextFactory<AmparoDbContext> contexts, DeviceDirectory directory, AuditLog audit)
    {
        await using var db = await contexts.CreateDbContextAsync(context.RequestAborted);
        if (await db.Devices.SingleOrDefaultAsync(d => d.Id == id, context.RequestAborted) is not { } device)
        {
            return TypedResults.Problem("No existe ese dispositivo.", statusCode: StatusCodes.Status404NotFound);
        }

        if (device.Protocol != DeviceProtocol.OsmAnd)
        {
            return TypedResults.Problem($"El protocolo {device.Protocol} no lleva secreto: el dispositivo se reconoce por su identificador y su protocolo.",
                statusCode: StatusCodes.Status409Conflict);
        }

        device.SecretHash = hash;
        await db.SaveChangesAsync(context.RequestAborted);
        directory.Forget(device.UniqueId);
        await audit.RecordAsync(new AuditEntry(context.User.Identity?.Name ?? "?", hash is null ? AuditActions.DeviceSecretRemoved : AuditActions.DeviceSecretSet, "device", device.UniqueId,
            RemoteAddress: context.Connection.RemoteIpAddress?.ToString()), context.RequestAborted);
        return null;
    }
}
