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
        var raisedAt = Believable(at, now);
        var alert = new CitizenAlert
        {
            Id = Guid.CreateVersion7(), CitizenId = citizenId, JurisdictionId = citizen.JurisdictionId, Kind = kind, IdempotencyKey = idempotencyKey,
            RaisedAt = raisedAt, ReceivedAt = now, Latitude = latitude, Longitude = longitude, PositionAt = raisedAt,
            Status = CitizenAlertStatus.New,
        };
        db.CitizenAlerts.Add(alert);
        db.CitizenAlertPositions.Add(new CitizenAlertPosition
        {
            Id = Guid.CreateVersion7(), AlertId = alert.Id, At = raisedAt, ReceivedAt = now, Latitude = latitude, Longitude = longitude,
        });
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

    /// <summary>
    /// Where she is now, while her alert is open: kept in its trail (the same instant sent again is absorbed) and, when
    /// newer than what the centre has, shown to the operators at once. A closed alert takes no more positions.
    /// </summary>
    public async Task<CommandResult<bool>> MoveAsync(
        Guid citizenId, Guid alertId, DateTime at, double latitude, double longitude, double? accuracyMetres, CancellationToken cancellationToken)
    {
        if (!CitizenInput.IsPosition(latitude, longitude) || accuracyMetres is < 0 or > 100_000)
        {
            return CommandResult.Refused<bool>(CommandOutcome.Invalid, "La ubicación no es válida.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var alert = await db.CitizenAlerts.FirstOrDefaultAsync(a => a.Id == alertId && a.CitizenId == citizenId, cancellationToken);
        if (alert is null)
        {
            return CommandResult.Refused<bool>(CommandOutcome.NotFound, "La alerta no existe en esta cuenta.");
        }

        if (alert.Status == CitizenAlertStatus.Resolved)
        {
            return CommandResult.Refused<bool>(CommandOutcome.Conflict, "La central ya cerró esta alerta.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var taken = Believable(at, now);
        if (await db.CitizenAlertPositions.AnyAsync(p => p.AlertId == alertId && p.At == taken, cancellationToken))
        {
            return CommandResult.Ok(false);
        }

        db.CitizenAlertPositions.Add(new CitizenAlertPosition
        {
            Id = Guid.CreateVersion7(), AlertId = alertId, At = taken, ReceivedAt = now, Latitude = latitude, Longitude = longitude, AccuracyMetres = accuracyMetres,
        });
        var newer = taken > alert.PositionAt;
        if (newer)
        {
            (alert.Latitude, alert.Longitude, alert.PositionAt) = (latitude, longitude, taken);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same position arrived twice at once: the other request stored it.
            return CommandResult.Ok(false);
        }

        if (newer)
        {
            var citizen = await db.CitizenAccounts.AsNoTracking().FirstAsync(c => c.Id == citizenId, cancellationToken);
            await feed.AlertAsync(await reader.ViewAsync(alert, citizen, cancellationToken), cancellationToken);
        }

        return CommandResult.Ok(true);
    }

    /// <summary>
    /// The phone's time, unless it is more than five minutes ahead (a wrong clock) or has no zone: then the server's. A
    /// phone a little fast keeps its own time, so a retried position is still the same instant.
    /// </summary>
    private static DateTime Believable(DateTime at, DateTime now) => at.Kind == DateTimeKind.Utc && at <= now + MaxSkew ? at : now;

    private static readonly TimeSpan MaxSkew = TimeSpan.FromMinutes(5);

    /// <summary>Her own alert's status; null when it is not hers.</summary>
    public async Task<CitizenAlertStatusView?> StatusAsync(Guid citizenId, Guid alertId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var read = await db.CitizenAlerts.AsNoTracking().Where(a => a.Id == alertId && a.CitizenId == citizenId)
            .Join(db.CitizenAccounts.AsNoTracking(), a => a.CitizenId, c => c.Id, (a, c) => new { Alert = a, Citizen = c })
            .FirstOrDefaultAsync(cancellationToken);
        return read is null ? null : CitizenAlertStatusView.From(await reader.ViewAsync(read.Alert, read.Citizen, cancellationToken));
    }
}
