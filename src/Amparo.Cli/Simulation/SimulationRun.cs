using System.Globalization;
using System.Net;
using Amparo.Domain.Devices;

namespace Amparo.Cli.Simulation;

/// <summary>Runs every simulated device for the duration, prints a line of totals every 5 s and the summary at the end.</summary>
public static class SimulationRun
{
    private static readonly TimeSpan ReportEvery = TimeSpan.FromSeconds(5);

    public static async Task<SimulationResult> RunAsync(
        SimulationSettings settings, IReadOnlyList<SimulatedDevice> devices, TextWriter output, TimeProvider time, CancellationToken abort)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(devices);
        ArgumentNullException.ThrowIfNull(output);
        var counters = new SimulationCounters();
        using var http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = SimulationSettings.AckTimeout, PooledConnectionIdleTimeout = TimeSpan.FromSeconds(60) })
        {
            BaseAddress = new UriBuilder("http", settings.Host, settings.Ports[DeviceProtocol.OsmAnd]).Uri,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(abort);
        var started = time.GetTimestamp();
        stop.CancelAfter(settings.Duration);
        var runners = devices.Select(device =>
        {
            var random = new Random(unchecked(settings.Seed * 1_000_003 + device.Index));
            var walker = new Walker(random, settings.CentreLatitude, settings.CentreLongitude, settings.RadiusKm * 1000);
            var runner = new DeviceRunner(device, Client(settings, device, http), walker, random, time, settings.Interval);
            return Task.Run(() => runner.RunAsync(counters[device.Protocol], counters.Latencies, stop.Token, abort), CancellationToken.None);
        }).ToList();
        var reporter = ReportAsync(counters, devices.Count, output, time, started, stop.Token);
        await Task.WhenAll(runners);
        await reporter;
        var seconds = time.GetElapsedTime(started).TotalSeconds;
        var result = Result(settings, counters, seconds);
        await SimulationReport.WriteSummaryAsync(output, result);
        return result;
    }

    private static ITrackerClient Client(SimulationSettings settings, SimulatedDevice device, HttpClient http)
    {
        if (device.Protocol == DeviceProtocol.OsmAnd)
        {
            return new OsmAndClient(http, device.UniqueId);
        }

        var server = new IPEndPoint(settings.Address, settings.Ports[device.Protocol]);
        var source = SourceAddresses.For(settings.Address, device.Index);
        return device.Protocol switch
        {
            DeviceProtocol.Gt06 => new Gt06Client(server, source, device.UniqueId),
            DeviceProtocol.Teltonika => new TeltonikaClient(server, source, device.UniqueId),
            DeviceProtocol.H02 => new H02Client(server, source, device.UniqueId),
            _ => new WatchClient(server, source, device.UniqueId),
        };
    }

    private static async Task ReportAsync(
        SimulationCounters counters, int devices, TextWriter output, TimeProvider time, long started, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(ReportEvery, time);
        var lastSent = 0L;
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var sent = counters.Sent;
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{time.GetElapsedTime(started).TotalSeconds,5:0} s: enviadas {sent}, confirmadas {counters.Acknowledged}, conectados {counters.Connected}/{devices}, reconexiones {counters.Reconnects}, errores {counters.Errors} ({(sent - lastSent) / ReportEvery.TotalSeconds:0.0} fijos/s)"));
                lastSent = sent;
            }
        }
        catch (OperationCanceledException)
        {
            // The duration is over.
        }
    }

    private static SimulationResult Result(SimulationSettings settings, SimulationCounters counters, double seconds)
    {
        var protocols = ProtocolMix.Protocols.Where(p => settings.Devices.GetValueOrDefault(p) > 0).ToDictionary(
            p => p.ToString().ToLowerInvariant(),
            p =>
            {
                var c = counters[p];
                return new ProtocolResult(settings.Devices[p], c.Sent, c.Acknowledged, c.Reconnects, c.Errors,
                    p == DeviceProtocol.OsmAnd ? 0 : c.EverConnected, c.LastError);
            });
        return new SimulationResult(
            settings.DeviceCount, Math.Round(seconds, 1), Math.Round(settings.AskedRate, 1), Math.Round(counters.Sent / seconds, 1),
            counters.Sent, counters.Acknowledged, counters.Reconnects, counters.Errors,
            counters.Latencies.Percentile(0.50), counters.Latencies.Percentile(0.99), protocols);
    }
}
