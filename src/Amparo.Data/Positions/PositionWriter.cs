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
/// </summary>
public sealed partial class PositionWriter : BackgroundService, IPositionWriter
{
    private readonly Channel<Pending> _queue;
    private readonly IPositionBatchInserter _inserter;
    private readonly PositionWriterOptions _options;
    private readonly ILogger<PositionWriter> _logger;

    public PositionWriter(IPositionBatchInserter inserter, IOptions<PositionWriterOptions> options, ILogger<PositionWriter> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _inserter = inserter;
        _options = options.Value;
        _logger = logger;
        _queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public async Task WriteAsync(Position position, CancellationToken cancellationToken)
    {
        var pending = new Pending(position, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, cancellationToken);
        await pending.Committed.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(_options.MaxBatchSize);
        var reader = _queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(stoppingToken))
            {
                await FillAsync(reader, batch, stoppingToken);
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
            _queue.Writer.TryComplete();
            while (reader.TryRead(out var left))
            {
                left.Committed.TrySetCanceled(stoppingToken);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await _inserter.DisposeAsync();
    }

    private async Task FillAsync(ChannelReader<Pending> reader, List<Pending> batch, CancellationToken stoppingToken)
    {
        var deadline = Stopwatch.GetTimestamp() + TimeSpan.FromMilliseconds(_options.LingerMilliseconds).Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond;
        while (batch.Count < _options.MaxBatchSize)
        {
            if (reader.TryRead(out var next))
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
                if (!await reader.WaitToReadAsync(linger.Token))
                {
                    return;
                }
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
