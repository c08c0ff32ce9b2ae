using Amparo.Data.Retention;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Retention;

/// <summary>Runs the retention pass at start and every <see cref="RetentionOptions.CheckEvery"/>, logging what it deleted or anonymised.</summary>
public sealed partial class RetentionSchedule(RetentionPass pass, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionSchedule> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CheckEvery, time);
        do
        {
            try
            {
                var outcome = await pass.RunAsync(stoppingToken);
                if (outcome.CasesPurged + outcome.CasesAnonymised > 0)
                {
                    LogApplied(outcome.CasesPurged, outcome.FixesDeleted, outcome.CasesAnonymised);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Retention: tracks of {Purged} closed cases deleted ({Fixes} fixes), personal data of {Anonymised} anonymised")]
    private partial void LogApplied(int purged, int fixes, int anonymised);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Error, Message = "The retention pass failed; the next check tries again")]
    private partial void LogFailed(Exception exception);
}
