
namespace Amparo.Cli.Simulation;

/// <summary>
/// Drives one device: a fix every interval (from a random offset, so devices do not send in step), over a
/// connection it keeps; after a failure it reconnects and logs in again, backing off from 0.5 s to 15 s.
/// Slots missed while the server is slow or away are skipped, not sent in a burst.
/// </summary>
public sealed class DeviceRunner(SimulatedDevice device, ITrackerClient client, Walker walker, Random random, TimeProvider time, TimeSpan interval)
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(15);
    private bool _connected;
    private bool _everConnected;
    private DateTime _lastFixTime = DateTime.MinValue;

    /// <param name="counters">The counters of the device's protocol.</param>
    /// <param name="latencies">Where acknowledgement latencies go.</param>
    /// <param name="stop">Ends the run at the next slot (the duration is over).</param>
    /// <param name="abort">Ends it at once, in-flight acknowledgements too (Ctrl-C).</param>
    public async Task RunAsync(ProtocolCounters counters, LatencyHistogram latencies, CancellationToken stop, CancellationToken abort)
    {
        ArgumentNullException.ThrowIfNull(counters);
        ArgumentNullException.ThrowIfNull(latencies);
        var next = time.GetTimestamp() + (long)(random.NextDouble() * interval.TotalSeconds * time.TimestampFrequency);
        var lastMove = time.GetTimestamp();
        var step = (long)(interval.TotalSeconds * time.TimestampFrequency);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var wait = time.GetElapsedTime(time.GetTimestamp(), next);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stop);
                }

                if (!await EnsureConnectedAsync(counters, stop, abort))
                {
                    break;
                }

                var now = time.GetTimestamp();
                var fix = walker.Next(time.GetElapsedTime(lastMove, now).TotalSeconds, FixTime());
                lastMove = now;
                await SendAsync(fix, counters, latencies, abort);
                next += step;
                var behind = time.GetTimestamp() - next;
                if (behind > 0)
                {
                    next += (behind / step + 1) * step;
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested || abort.IsCancellationRequested)
        {
            // The run is over.
        }
        finally
        {
            if (_connected)
            {
                counters.Down();
            }

            await client.DisposeAsync();
        }
    }

    /// <summary>Now, in whole seconds as the binary protocols carry it, and always after the device's previous fix.</summary>
    private DateTime FixTime()
    {
        var now = time.GetUtcNow().UtcDateTime;
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        _lastFixTime = now > _lastFixTime ? now : _lastFixTime.AddSeconds(1);
        return _lastFixTime;
    }

    private async Task SendAsync(DeviceFix fix, ProtocolCounters counters, LatencyHistogram latencies, CancellationToken abort)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(abort);
        timeout.CancelAfter(SimulationSettings.AckTimeout);
        counters.FixSent();
        var started = time.GetTimestamp();
        try
        {
            await client.SendAsync(fix, timeout.Token);
        }
        catch (Exception ex) when (!abort.IsCancellationRequested)
        {
            counters.Error($"{device.UniqueId}: {Describe(ex)}");
            await DropAsync(counters);
            return;
        }

        if (client.Acknowledges)
        {
            latencies.Add(time.GetElapsedTime(started).TotalMilliseconds);
            counters.FixAcknowledged();
        }
    }

    /// <returns>False when the run ended before the device could connect.</returns>
    private async Task<bool> EnsureConnectedAsync(ProtocolCounters counters, CancellationToken stop, CancellationToken abort)
    {
        var backoff = TimeSpan.FromSeconds(0.5);
        while (!_connected)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stop, abort);
            timeout.CancelAfter(SimulationSettings.AckTimeout);
            try
            {
                await client.ConnectAsync(timeout.Token);
                _connected = true;
                counters.Up(first: !_everConnected);
                _everConnected = true;
                return true;
            }
            catch (Exception ex) when (!stop.IsCancellationRequested && !abort.IsCancellationRequested)
            {
                counters.Error($"{device.UniqueId}: {Describe(ex)}");
                await client.CloseAsync();
            }

            await Task.Delay(backoff * (0.75 + random.NextDouble() / 2), time, stop);
            backoff = backoff * 2 < MaxBackoff ? backoff * 2 : MaxBackoff;
        }

        return !stop.IsCancellationRequested;
    }

    private async Task DropAsync(ProtocolCounters counters)
    {
        if (_connected)
        {
            _connected = false;
            counters.Down();
        }

        await client.CloseAsync();
    }

    private static string Describe(Exception ex) =>
        ex is OperationCanceledException ? "sin respuesta en 10 s / no reply within 10 s" : ex.Message;
}
