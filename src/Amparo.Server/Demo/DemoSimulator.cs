using System.Globalization;
using Amparo.Ingest.OsmAnd;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Demo;

/// <summary>
/// The demo's simulated devices: they send OsmAnd positions over real HTTP to this server's device port, exactly
/// as phones running Traccar Client would. Aggressors report every step, victims every fifth.
/// </summary>
public sealed partial class DemoSimulator(
    IHttpClientFactory clients,
    IOptions<DemoOptions> demo,
    IOptions<OsmAndOptions> osmAnd,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<DemoSimulator> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await WaitForStartAsync(stoppingToken))
        {
            return;
        }

        using var client = clients.CreateClient(nameof(DemoSimulator));
        client.BaseAddress = new Uri($"http://127.0.0.1:{osmAnd.Value.Port}/");
        var started = time.GetUtcNow();
        var step = TimeSpan.FromSeconds(demo.Value.StepSeconds);
        using var timer = new PeriodicTimer(step, time);
        for (var tick = 0L; await timer.WaitForNextTickAsync(stoppingToken); tick++)
        {
            var now = time.GetUtcNow();
            foreach (var device in DemoScenario.Devices.Where(d => d.IsAggressor || tick % 5 == 0))
            {
                var point = DemoScenario.PositionOf(device, now - started);
                var query = string.Create(CultureInfo.InvariantCulture,
                    $"?id={device.UniqueId}&timestamp={now.ToUnixTimeSeconds()}&lat={point.Latitude:F6}&lon={point.Longitude:F6}&accuracy=8&speed={(device.IsAggressor ? 27.2 : 0.5)}&batt=87");
                try
                {
                    using var response = await client.GetAsync(new Uri(query, UriKind.Relative), stoppingToken);
                    if (!response.IsSuccessStatusCode)
                    {
                        LogRefused(device.UniqueId, (int)response.StatusCode);
                    }
                }
                catch (HttpRequestException ex)
                {
                    LogUnreachable(ex.Message);
                }
            }
        }
    }

    private async Task<bool> WaitForStartAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        try
        {
            await started.Task.WaitAsync(stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning, Message = "Demo device {Device} was refused: HTTP {Status}")]
    private partial void LogRefused(string device, int status);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Warning, Message = "Demo simulator cannot reach the OsmAnd listener: {Reason}")]
    private partial void LogUnreachable(string reason);
}
