using Amparo.Data.Database;
using Amparo.Domain.Cases;
using Amparo.Monitoring.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Amparo.Monitoring.Startup;

/// <summary>
/// Activates every active case's grain once the silo runs, so a case whose devices all went silent while the
/// server was down still gets its timers (signal loss, separation, curfew edges) without waiting for a message.
/// </summary>
public sealed partial class CaseActivationService(
    IDbContextFactory<AmparoDbContext> contexts,
    IGrainFactory grains,
    IHostApplicationLifetime lifetime,
    ILogger<CaseActivationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The silo accepts calls once the host has started.
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task;
        }

        List<Guid> active;
        await using (var db = contexts.CreateDbContext())
        {
            active = await db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.Active).Select(c => c.Id).ToListAsync(stoppingToken);
        }

        var woken = 0;
        foreach (var chunk in active.Chunk(16))
        {
            try
            {
                await Task.WhenAll(chunk.Select(id => grains.GetGrain<ICaseMonitorGrain>(id).WakeAsync()));
                woken += chunk.Length;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogWakeFailed(ex);
            }
        }

        LogWoken(woken, active.Count);
    }

    [LoggerMessage(EventId = 3301, Level = LogLevel.Information, Message = "Engines of {Woken} of {Active} active cases started")]
    private partial void LogWoken(int woken, int active);

    [LoggerMessage(EventId = 3302, Level = LogLevel.Error, Message = "Some cases' engines could not be started; they start at their devices' next message")]
    private partial void LogWakeFailed(Exception exception);
}
