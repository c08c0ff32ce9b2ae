using System.Diagnostics;
using System.Net.Sockets;
using Amparo.Domain.Geo;
using Amparo.Ingest.Gt06;

namespace Amparo.Cli.Bench.Engine;

/// <summary>
/// The two GT06 trackers of one case over real TCP. Each round the aggressor's fix is sent and acknowledged, then
/// the victim's. Fix times run on the case's own clock, <see cref="BenchTrack.Step"/> per round from the wall clock
/// at start: ahead of the wall clock when rounds come faster than that, which the engine does not mind (its timers
/// fall due later, never during the run).
/// </summary>
public sealed class CaseSimulator(BenchCase benchCase, double startAngle) : IDisposable
{
    private readonly byte[] _reply = new byte[10];
    private TcpClient? _aggressor;
    private TcpClient? _victim;
    private DateTime _at = DateTime.UtcNow.AddTicks(-(DateTime.UtcNow.Ticks % TimeSpan.TicksPerSecond));
    private double _angle = startAngle;
    private ushort _serial = 1;
    private int _round;
    private bool _lastWasBreach;

    public BenchCase Case => benchCase;

    /// <summary>Connects and logs both trackers in, and sends one round unmeasured (the grain is warm after it).</summary>
    public async Task ConnectAsync(int port)
    {
        _aggressor = await LogInAsync(port, benchCase.AggressorImei);
        _victim = await LogInAsync(port, benchCase.VictimImei);
        await RoundAsync(breach: false, null);
    }

    public async Task<CaseRunResult> RunAsync(CasePace pace)
    {
        ArgumentNullException.ThrowIfNull(pace);
        var acks = new List<double>(1024);
        long? breachWrittenAt = null;
        for (long round = 0; ; round++)
        {
            if (pace.RoundTicks > 0)
            {
                var due = pace.Start + pace.OffsetTicks + round * pace.RoundTicks;
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }
            }

            if (Stopwatch.GetTimestamp() >= pace.Deadline)
            {
                break;
            }

            var breach = breachWrittenAt is null && pace.BreachAt is { } at && Stopwatch.GetTimestamp() >= at;
            var written = await RoundAsync(breach, acks);
            breachWrittenAt ??= breach ? written : null;
        }

        return new CaseRunResult(benchCase.FileNumber, acks.Count, acks, breachWrittenAt);
    }

    /// <returns>The Stopwatch timestamp just before the aggressor's fix was written.</returns>
    private async Task<long> RoundAsync(bool breach, List<double>? acks)
    {
        // Into the zone and straight back out, each 30 s after the fix before: the aggressor then circles on.
        var jump = breach || _lastWasBreach;
        _at += jump ? BenchTrack.BreachStep : BenchTrack.Step;
        _angle += jump ? 0 : BenchTrack.TurnPerStep;
        var aggressor = breach ? BenchTrack.Inside(benchCase.Home, _angle) : BenchTrack.Orbit(benchCase.Home, _angle);
        _lastWasBreach = breach;
        var written = await SendAsync(_aggressor!, aggressor, speedKmh: 18, acks);
        await SendAsync(_victim!, BenchTrack.Victim(benchCase.Home, _round), speedKmh: 0, acks);
        _round++;
        return written;
    }

    private async Task<long> SendAsync(TcpClient device, GeoPoint at, int speedKmh, List<double>? acks)
    {
        var frame = Gt06Encoder.Location(_at, at.Latitude, at.Longitude, speedKmh, 90, ++_serial);
        var stream = device.GetStream();
        var written = Stopwatch.GetTimestamp();
        await stream.WriteAsync(frame);
        await stream.ReadExactlyAsync(_reply);
        acks?.Add(Stopwatch.GetElapsedTime(written).TotalMilliseconds);
        return written;
    }

    private async Task<TcpClient> LogInAsync(int port, string imei)
    {
        var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync("127.0.0.1", port);
        await client.GetStream().WriteAsync(Gt06Encoder.Login(imei, ++_serial));
        await client.GetStream().ReadExactlyAsync(_reply);
        return client;
    }

    public void Dispose()
    {
        _aggressor?.Dispose();
        _victim?.Dispose();
    }
}
