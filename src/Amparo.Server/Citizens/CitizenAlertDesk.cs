using Amparo.Data.Citizens;
using Amparo.Data.Database;
using Amparo.Domain.Alarms;
using Amparo.Domain.Citizens;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Citizens;

/// <summary>The operators' side of citizen alerts: claim one (nobody else holds it), resolve it with an outcome.</summary>
public sealed class CitizenAlertDesk(IDbContextFactory<AmparoDbContext> contexts, CitizenAlertReader reader, CitizenFeed feed, TimeProvider time)
{
    /// <summary>Takes the alert if nobody holds it: a conditional update, so two operators pressing at once cannot both win.</summary>
    public async Task<CommandResult<CitizenAlertView>> ClaimAsync(Guid id, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var alert = await db.CitizenAlerts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (alert is null || !scope.CanSee(alert.JurisdictionId))
        {
            return CommandResult.Refused<CitizenAlertView>(CommandOutcome.NotFound, "La alerta no existe o no es de su jurisdicción.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var taken = await db.CitizenAlerts.Where(a => a.Id == id && a.Status == CitizenAlertStatus.New)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, CitizenAlertStatus.Claimed).SetProperty(a => a.ClaimedBy, scope.UserName).SetProperty(a => a.ClaimedAt, now), cancellationToken);
        var view = await reader.FindAsync(id, cancellationToken);
        if (taken == 0)
        {
            return view is { Status: CitizenAlertStatus.Claimed } mine && mine.ClaimedBy == scope.UserName
                ? CommandResult.Ok(mine)
                : CommandResult.Refused<CitizenAlertView>(CommandOutcome.Conflict, $"La alerta ya la atiende {view?.ClaimedBy ?? "otra persona"}.");
        }

        await feed.AlertAsync(view!, cancellationToken);
        return CommandResult.Ok(view!);
    }

    public async Task<CommandResult<CitizenAlertView>> ResolveAsync(Guid id, string? outcome, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (string.IsNullOrWhiteSpace(outcome) || outcome.Length > 2000)
        {
            return CommandResult.Refused<CitizenAlertView>(CommandOutcome.Invalid, "Escriba cómo terminó la alerta (hasta 2.000 caracteres).");
        }

        return await ChangeAsync(id, scope, alert =>
        {
            if (alert.Status == CitizenAlertStatus.Resolved)
            {
                return "La alerta ya está cerrada.";
            }

            if (!AlarmHolder.MayWork(alert.ClaimedBy, scope.UserName, scope.Supervises))
            {
                return $"La alerta la atiende {alert.ClaimedBy}: solo ella o supervisión pueden cerrarla.";
            }

            var now = time.GetUtcNow().UtcDateTime;
            alert.ClaimedBy ??= scope.UserName;
            alert.ClaimedAt ??= now;
            alert.Status = CitizenAlertStatus.Resolved;
            alert.ResolvedBy = scope.UserName;
            alert.ResolvedAt = now;
            alert.Outcome = outcome.Trim();
            return null;
        }, cancellationToken);
    }

    private async Task<CommandResult<CitizenAlertView>> ChangeAsync(Guid id, UserScope scope, Func<CitizenAlert, string?> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var alert = await db.CitizenAlerts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (alert is null || !scope.CanSee(alert.JurisdictionId))
        {
            return CommandResult.Refused<CitizenAlertView>(CommandOutcome.NotFound, "La alerta no existe o no es de su jurisdicción.");
        }

        if (change(alert) is { } refusal)
        {
            return CommandResult.Refused<CitizenAlertView>(CommandOutcome.Conflict, refusal);
        }

        await db.SaveChangesAsync(cancellationToken);

        var citizen = await db.CitizenAccounts.AsNoTracking().FirstAsync(c => c.Id == alert.CitizenId, cancellationToken);
        var view = await reader.ViewAsync(alert, citizen, cancellationToken);
        await feed.AlertAsync(view, cancellationToken);
        return CommandResult.Ok(view);
    }
}
