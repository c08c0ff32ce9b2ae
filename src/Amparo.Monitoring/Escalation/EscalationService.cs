using Amparo.Data.Alarms;
using Amparo.Data.Database;
using Amparo.Monitoring.Feed;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Amparo.Monitoring.Escalation;

/// <summary>
/// Takes alarms nobody claimed in time to the supervisors. It reads the alarms' times from the database, so an
/// alarm that waited through a restart is escalated when the server is back.
/// </summary>
public sealed partial class EscalationService(
    AlarmStore store,
    ClusterPassLock cluster,
    IDbContextFactory<AmparoDbContext> contexts,
    IMonitoringFeed feed,
    IOptions<EscalationOptions> options,
    TimeProvider time,
    ILogger<EscalationService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckEvery, time);
        do
        {
            try
            {
                await EscalateAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task EscalateAsync(CancellationToken cancellationToken)
    {
        await using var turn = await cluster.EnterAsync(nameof(EscalationService), cancellationToken);
        var escalated = await store.EscalateUnclaimedAsync(options.Value.UnclaimedAfter, cancellationToken);
        if (escalated.Count == 0)
        {
            return;
        }

        var caseIds = escalated.Select(a => a.CaseId).Distinct().ToList();
        await using var db = contexts.CreateDbContext();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => (c.FileNumber, c.JurisdictionId), cancellationToken);
        foreach (var alarm in escalated)
        {
            var (fileNumber, jurisdiction) = cases.GetValueOrDefault(alarm.CaseId, ("?", Guid.Empty));
            LogEscalated(fileNumber, alarm.Type.ToString(), alarm.RaisedAt);
            await feed.AlarmEscalatedAsync(AlarmView.From(alarm, fileNumber, jurisdiction), cancellationToken);
        }
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "Alarm {Type} of case {FileNumber}, raised at {RaisedAt:O}, was not claimed in time: escalated to supervisors")]
    private partial void LogEscalated(string fileNumber, string type, DateTime raisedAt);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Error, Message = "Escalation of unclaimed alarms failed; trying again at the next check")]
    private partial void LogFailed(Exception exception);
}
