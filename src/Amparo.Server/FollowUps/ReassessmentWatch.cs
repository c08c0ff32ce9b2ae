using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Domain.Cases;
using Amparo.Server.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Server.FollowUps;

/// <summary>
/// Reminds, on each active case's timeline, that its risk assessment has fallen due (the level's schedule: every 7
/// days for a high risk in Peru's FVR). Once per due date: a new assessment sets the next one. The follow-up worklist
/// lists it until then.
/// </summary>
public sealed partial class ReassessmentWatch(
    IDbContextFactory<AmparoDbContext> contexts, ClusterPassLock cluster, FollowUpFactsReader facts, IOptions<FollowUpOptions> options, TimeProvider time, ILogger<ReassessmentWatch> logger)
    : BackgroundService
{
    /// <returns>How many cases were reminded in this pass (one pass at a time: a reminder is given once).</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var turn = await cluster.EnterAsync(nameof(ReassessmentWatch), cancellationToken);
        await using var db = contexts.CreateDbContext();
        var now = time.GetUtcNow().UtcDateTime;
        var active = await db.Cases.Include(c => c.Measures).Where(c => c.Status == CaseStatus.Active).ToListAsync(cancellationToken);
        var reminded = 0;
        foreach (var read in await facts.ReadAsync(db, active, now, cancellationToken))
        {
            if (read.Plan.ReassessOn is { } due && due <= CaseCalendar.Today(read.Case, now) && read.Case.ReassessmentWarnedFor != due)
            {
                read.Case.ReassessmentWarnedFor = due;
                CaseTimeline.Record(db, read.Case.Id, CaseEventKinds.ReassessmentDue, "amparo", now,
                    $"La evaluación de riesgo ({read.RiskLevel}) debía repetirse el {due:dd/MM/yyyy}.", new { dueOn = due, level = read.RiskLevel });
                reminded++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return reminded;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            try
            {
                var reminded = await RunOnceAsync(stoppingToken);
                if (reminded > 0)
                {
                    LogReminded(reminded);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reassessment watch: {Count} cases reminded that their risk assessment is due")]
    private partial void LogReminded(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reassessment watch pass failed; it will run again at the next interval")]
    private partial void LogFailed(Exception ex);
}
