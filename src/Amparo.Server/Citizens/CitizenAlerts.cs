using Amparo.Data.Citizens;
using Amparo.Data.Database;
using Amparo.Domain.Citizens;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Citizens;

/// <summary>
/// The app's alert buttons: an alert is stored once per citizen and idempotency key (a retry gets the same alert)
/// and pushed live to the operators of her municipality; the citizen reads its status.
/// </summary>
public sealed class CitizenAlerts(IDbContextFactory<AmparoDbContext> contexts, CitizenAlertReader reader, CitizenFeed feed, TimeProvider time)
{
    public async Task<CommandResult<CitizenAlertView>> RaiseAsync(
        Guid citizenId, CitizenAlertKind kind, string idempotencyKey, DateTime at, double latitude, double longitude, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 100)
        {
            return CommandResult.Refused<CitizenAlertView>(CommandOutcome.Invalid, "Falta la clave de la alerta (hasta 100 caracteres).");
        }

        if (!CitizenInput.IsPosition(latitude, longitude))
        {
            return CommandResult.Refused<CitizenAlertView>(CommandOutcome.Invalid, "La ubicación no es válida.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.CitizenAccounts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == citizenId, cancellationToken) is not { } citizen)
        {
            return CommandResult.Refused<CitizenAlertView>(CommandOutcome.NotFound, "La cuenta no existe.");
        }

        if (await db.CitizenAlerts.AsNoTracking().FirstOrDefaultAsync(a => a.CitizenId == citizenId && a.IdempotencyKey == idempotencyKey, cancellationToken) is { } earlier)
        {
            return CommandResult.Ok(await reader.ViewAsync(earlier, citizen, cancellationToken));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var alert = new CitizenAlert
        {
            Id = Guid.CreateVersion7(), CitizenId = citizenId, JurisdictionId = citizen.JurisdictionId, Kind = kind, IdempotencyKey = idempotencyKey,
            RaisedAt = at.Kind == DateTimeKind.Utc && at <= now ? at : now, ReceivedAt = now, Latitude = latitude, Longitude = longitude,
            Status = CitizenAlertStatus.New,
        };
        db.CitizenAlerts.Add(alert);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same press arrived twice at once: the other request stored it.
            await using var again = await contexts.CreateDbContextAsync(cancellationToken);
            var stored = await again.CitizenAlerts.AsNoTracking().FirstAsync(a => a.CitizenId == citizenId && a.IdempotencyKey == idempotencyKey, cancellationToken);
            return CommandResult.Ok(await reader.ViewAsync(stored, citizen, cancellationToken));
        }

        var view = await reader.ViewAsync(alert, citizen, cancellationToken);
        await feed.AlertAsync(view, cancellationToken);
        return CommandResult.Created(view);
    }

    /// <summary>Her own alert's status; null when it is not hers.</summary>
    public async Task<CitizenAlertStatusView?> StatusAsync(Guid citizenId, Guid alertId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var alert = await db.CitizenAlerts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == alertId && a.CitizenId == citizenId, cancellationToken);
        return alert is null ? null : CitizenAlertStatusView.From(alert);
    }
}
