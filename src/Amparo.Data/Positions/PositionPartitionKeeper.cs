using Amparo.Data.Database;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Amparo.Data.Positions;

/// <summary>
/// On PostgreSQL, keeps the monthly partitions of the position history ready ahead of need and applies the
/// retention (<see cref="PositionPartitionOptions"/>): a pass on start and one every <c>CheckEvery</c>.
/// On SQLite it does nothing. A failed pass is logged and tried again at the next check; meanwhile fixes of a
/// month without its partition land in DEFAULT and are moved into their month once it is created.
/// </summary>
public sealed partial class PositionPartitionKeeper(
    IServiceProvider services,
    IOptions<DatabaseOptions> database,
    IOptions<PositionPartitionOptions> options,
    TimeProvider time,
    ILogger<PositionPartitionKeeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Value.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        var maintenance = services.GetRequiredService<PositionPartitionMaintenance>();
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.CheckEvery, time);
        do
        {
            try
            {
                Report(await maintenance.RunAsync(time.GetUtcNow().UtcDateTime, settings.MonthsAhead, settings.RetentionMonths, stoppingToken));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private void Report(PositionPartitionPass pass)
    {
        if (!pass.Partitioned)
        {
            LogNotPartitioned();
            return;
        }

        foreach (var name in pass.Created)
        {
            var moved = pass.Moved.GetValueOrDefault(name);
            LogCreated(name, moved);
        }

        foreach (var (name, rows) in pass.Dropped)
        {
            LogDropped(name, rows, options.Value.RetentionMonths);
        }
    }

    [LoggerMessage(EventId = 2011, Level = LogLevel.Information, Message = "Position partition {Partition} created ({Moved} fixes moved into it from the default partition)")]
    private partial void LogCreated(string partition, long moved);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Warning, Message = "Position partition {Partition} (about {Rows} fixes) detached and dropped: older than the retention of {RetentionMonths} months")]
    private partial void LogDropped(string partition, long rows, int retentionMonths);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Warning, Message = "The Positions table is not partitioned (database not migrated?): no partitions kept")]
    private partial void LogNotPartitioned();

    [LoggerMessage(EventId = 2014, Level = LogLevel.Error, Message = "Keeping the position partitions failed; trying again at the next check")]
    private partial void LogFailed(Exception exception);
}
