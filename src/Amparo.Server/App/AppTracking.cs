using Amparo.Data.Database;
using Amparo.Server.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Server.App;

/// <summary>
/// Her choice of tracking mode. On, her phone is her tracker: it reports at the tracking interval and, like any
/// tracker of hers, its silence raises victim_device_silent. Off, it reports only around an alert and its silence is
/// no alarm (a web app cannot report from the background, so silence there is the rule, not a fault).
/// </summary>
public sealed class AppTracking(IDbContextFactory<AmparoDbContext> contexts, CaseEngineSignal engine, IOptions<AppOptions> options)
{
    public async Task SetAsync(AppCaller caller, bool on, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        await using (var db = contexts.CreateDbContext())
        {
            var interval = on ? options.Value.TrackingIntervalSeconds : (int?)null;
            await db.Devices.Where(d => d.Id == caller.DeviceId)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.ReportIntervalSeconds, interval), cancellationToken);
        }

        // Only the case's plan changes (the interval), not which case the device belongs to: the device directory stays.
        await engine.ReloadAsync(caller.CaseId);
    }
}
