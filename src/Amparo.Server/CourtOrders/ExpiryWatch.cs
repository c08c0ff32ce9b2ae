using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Domain.Cases;
using Amparo.Server.App;
using Amparo.Server.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Server.CourtOrders;

/// <summary>
/// Watches the terms of monitored cases. Ten days before the end it puts the warning on the timeline: the reports
/// the court must ask of the gender area and the masculinities programme, and the court's decision on an extension
/// (the court's queue lists it). When the last day has passed without an extension, monitoring ends.
/// </summary>
public sealed partial class ExpiryWatch(
    IDbContextFactory<AmparoDbContext> contexts, ClusterPassLock cluster, CaseEngineSignal engine, IOptions<ExpiryOptions> options, TimeProvider time, ILogger<ExpiryWatch> logger)
    : BackgroundService
{
    /// <summary>Who the court asks for reports before deciding (seed 002, 5.I).</summary>
    public static readonly IReadOnlyList<string> ReportsFrom = ["Área de Género municipal", "Dispositivo socioeducativo de masculinidades"];

    /// <returns>The cases warned and the cases whose monitoring ended, in this pass (one pass at a time: a warning is given once).</returns>
    public async Task<(int Warned, int Ended)> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var turn = await cluster.EnterAsync(nameof(ExpiryWatch), cancellationToken);
        return await PassAsync(cancellationToken);
    }

    private async Task<(int Warned, int Ended)> PassAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var cases = await db.Cases.Include(c => c.Measures)
            .Where(c => c.Status == CaseStatus.Active || c.Status == CaseStatus.Suspended)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var ended = new List<Guid>();
        var warned = 0;
        foreach (var monitored in cases)
        {
            if (CaseCalendar.Term(monitored) is not { } term)
            {
                continue;
            }

            var today = CaseCalendar.Today(monitored, now);
            if (term.Lapsed(today))
            {
                await AppRevocation.RevokeAllOfCaseAsync(db, monitored.Id, CaseTimeline.System, now, cancellationToken);
                monitored.Status = CaseStatus.Closed;
                monitored.ClosedAt = now;
                monitored.Closure = CaseClosure.Expired;
                CaseTimeline.Record(db, monitored.Id, CaseEventKinds.Closed, CaseTimeline.System, now, null,
                    new { closure = nameof(CaseClosure.Expired), endedOn = term.EndsOn });
                ended.Add(monitored.Id);
            }
            else if (term.WarningDue(today, monitored.ExpiryWarnedFor, options.Value.WarningDays))
            {
                monitored.ExpiryWarnedFor = term.EndsOn;
                CaseTimeline.Record(db, monitored.Id, CaseEventKinds.ExpiryWarned, CaseTimeline.System, now, null,
                    new { endsOn = term.EndsOn, daysLeft = term.DaysLeft(today), reportsFrom = ReportsFrom, court = monitored.Court });
                warned++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var id in ended)
        {
            await engine.ReloadAsync(id);
        }

        return (warned, ended.Count);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            try
            {
                var (warned, ended) = await RunOnceAsync(stoppingToken);
                if (warned + ended > 0)
                {
                    LogPass(warned, ended);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Expiry watch: {Warned} cases warned ten days before their end, {Ended} ended at the end of their term")]
    private partial void LogPass(int warned, int ended);

    [LoggerMessage(Level = LogLevel.Error, Message = "Expiry watch pass failed; it runs again at the next interval")]
    private partial void LogFailed(Exception exception);
}
