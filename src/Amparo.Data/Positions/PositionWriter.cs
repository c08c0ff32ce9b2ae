using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Amparo.Data.Positions;

/// <summary>
/// Group commit: positions from every connection queue here and are written in batches that close by size or
/// after a short linger. Each caller's task completes only when its batch is committed, so a device is never
/// told a position was stored before it is on disk. A failed batch fails every caller in it; none is lost silently.
/// Both queues are bounded, so a database slower than the devices slows their acknowledgements instead of growing
/// memory; fixes that carry an alarm wait in their own queue and fill each batch before routine ones.
/// </summary>
public sealed partial class PositionWriter : BackgroundService, IPositionWriter
{
    private readonly Channel<Pending> _routine;
    private readonly Channel<Pending> _alarms;
    private readonly Channel<bool> _doorbell = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.DropWrite,
    });
    private readonly IPositionBatchInserter _inserter;
    private readonly PositionWriterOptions _options;
    private readonly ILogger<PositionWriter> _logger;

    public PositionWriter(IPositionBatchInserter inserter, IOptions<PositionWriterOptions> options, ILogger<PositionWriter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _inserter = inserter;
        _options = options.Value;
        _logger = logger;
        _routine = Bounded(_options.QueueCapacity);
        _alarms = Bounded(_options.AlarmQueueCapacity);
    }

    public async Task WriteAsync(Position position, PositionUrgency urgency, CancellationToken cancellationToken)
    {
        var pending = new Pending(position, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        var queue = urgency == PositionUrgency.Alarm ? _alarms : _routine;
        await queue.Writer.WriteAsync(pending, cancellationToken);
        _doorbell.Writer.TryWrite(true);
        await pending.Committed.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(_options.MaxBatchSize);
        try
        {
            while (true)
            {
                await WaitForWorkAsync(stoppingToken);
                await FillAsync(batch, stoppingToken);
                await CommitAsync(batch, stoppingToken);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: whatever is still queued was never acknowledged.
        }
        finally
        {
            foreach (var queue in new[] { _alarms, _routine })
            {
                queue.Writer.TryComplete();
                while (queue.Reader.TryRead(out var left))
                {
                    left.Committed.TrySetCanceled(stoppingToken);
                }
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await _inserter.DisposeAsync();
    }

    private static Channel<Pending> Bounded(int capacity) => Channel.CreateBounded<Pending>(new BoundedChannelOptions(capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private bool HasWork => _alarms.Reader.Count > 0 || _routine.Reader.Count > 0;

    /// <summary>Each write rings the bell after queueing, so the bell is rung after any position the check below missed.</summary>
    private async Task WaitForWorkAsync(CancellationToken cancellationToken)
    {
        while (!HasWork)
        {
            await _doorbell.Reader.ReadAsync(cancellationToken);
        }
    }

    private bool TryTake(out Pending next) => _alarms.Reader.TryRead(out next!) || _routine.Reader.TryRead(out next!);

    private async Task FillAsync(List<Pending> batch, CancellationToken stoppingToken)
    {
        var deadline = Stopwatch.GetTimestamp() + TimeSpan.FromMilliseconds(_options.LingerMilliseconds).Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond;
        while (batch.Count < _options.MaxBatchSize)
        {
            if (TryTake(out var next))
            {
                batch.Add(next);
                continue;
            }

            var remaining = deadline - Stopwatch.GetTimestamp();
            if (remaining <= 0)
            {
                return;
            }

            using var linger = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            linger.CancelAfter(TimeSpan.FromTicks(Math.Max(1, remaining * TimeSpan.TicksPerSecond / Stopwatch.Frequency)));
            try
            {
                await WaitForWorkAsync(linger.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private async Task CommitAsync(List<Pending> batch, CancellationToken stoppingToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await _inserter.InsertAsync(batch.ConvertAll(p => p.Position), stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogBatchFailed(ex, batch.Count);
            foreach (var pending in batch)
            {
                pending.Committed.TrySetException(ex);
            }

            return;
        }

        PositionWriterMetrics.RecordBatch(batch.Count, Stopwatch.GetElapsedTime(started));
        foreach (var pending in batch)
        {
            pending.Committed.TrySetResult();
        }
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "A batch of {Count} positions could not be committed; every sender in it is told so")]
    private partial void LogBatchFailed(Exception exception, int count);

    private sealed record Pending(Position Position, TaskCompletionSource Committed);
}
