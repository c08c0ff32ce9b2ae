using Microsoft.Extensions.Options;

namespace Amparo.Server.Statistics;

/// <summary>Runs the periodic reports' schedule at start and then every so often (<c>Amparo:Statistics:CheckEvery</c>).</summary>
public sealed partial class PeriodicReportScheduling(PeriodicReportSchedule schedule, IOptions<StatisticsOptions> options, TimeProvider time, ILogger<PeriodicReportScheduling> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Schedule)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.CheckEvery, time);
        do
        {
            try
            {
                var made = await schedule.RunOnceAsync(stoppingToken);
                if (made > 0)
                {
                    LogMade(made);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Periodic reports made: {Count}")]
    private partial void LogMade(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The periodic reports' schedule failed; the next pass tries again")]
    private partial void LogFailed(Exception exception);
}
