using System.Diagnostics;
using System.Globalization;
using Amparo.Cli.Bench.Engine;
using Microsoft.Playwright;

namespace Amparo.Cli.Bench.Map;

/// <summary>
/// Starts Amparo on PostgreSQL with N monitored cases whose two GT06 trackers have each reported once over real
/// TCP, signs an operator of their jurisdiction into the console in headless Chromium, and measures (1) the desk's
/// load until every party is placed and clustered, and (2) frame intervals while the operator pans and zooms.
/// </summary>
public static class MapBenchmark
{
    private const int Pans = 20;
    private const int PanPixels = 400;
    private const int Zooms = 6;
    private static readonly double GoldenAngle = Math.PI * (3 - Math.Sqrt(5));

    public static async Task<MapBenchResult> RunAsync(string connectionString, int caseCount, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var run = Random.Shared.Next(100_000);
        var host = await EngineBenchHost.PrepareAsync(connectionString);
        var app = host.App;
        try
        {
            var cases = await BenchCaseSeeder.SeedAsync(app, caseCount, run);
            var password = "Banco." + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture) + "-A1";
            var user = await BenchCaseSeeder.OperatorAsync(app, run, password);
            await app.StartAsync();
            var simulators = cases.Select((c, i) => new CaseSimulator(c, i * GoldenAngle)).ToList();
            try
            {
                foreach (var chunk in simulators.Chunk(100))
                {
                    await Task.WhenAll(chunk.Select(s => s.ConnectAsync(host.Gt06Port)));
                }

                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Amparo up; {caseCount} cases, {2 * caseCount} GT06 trackers placed; opening the console in Chromium…"));
                return await MeasureAsync(host.Server, user, password, 2 * caseCount, log);
            }
            finally
            {
                simulators.ForEach(s => s.Dispose());
            }
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task<MapBenchResult> MeasureAsync(Uri server, string user, string password, int devices, TextWriter log)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 900 } });
        await HeadlessChromium.SignInAsync(page, server, user, password);

        var started = Stopwatch.GetTimestamp();
        await page.GotoAsync(server.ToString());
        var placed = string.Create(CultureInfo.InvariantCulture, $"#live-map[data-markers=\"{devices}\"][data-clustering=\"done\"]");
        await page.WaitForSelectorAsync(placed, new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 180_000 });
        var load = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var markers = int.Parse(await page.GetAttributeAsync("#live-map", "data-markers") ?? "0", CultureInfo.InvariantCulture);
        var clusters = await page.Locator("#live-map .cluster").CountAsync();
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Desk loaded in {load:F0} ms ({markers} markers, {clusters} clusters drawn); panning and zooming…"));

        var all = await SampleAsync(page);
        // The same moves with the zones layer switched off: what the zone circles cost.
        await page.ClickAsync("[data-layer=zones]");
        var noZones = await SampleAsync(page);
        return new MapBenchResult(devices, markers, Math.Round(load), clusters, all, noZones);
    }

    private static async Task<MapMotionFigures> SampleAsync(IPage page)
    {
        var sample = await page.EvaluateAsync<MapFrameSample>(Script(), new { pans = Pans, panPixels = PanPixels, zooms = Zooms });
        var pan = sample.PanFrames.Order().ToArray();
        var zoomFrames = sample.ZoomFrames.Order().ToArray();
        var zooms = sample.Zooms.Order().ToArray();
        return new MapMotionFigures(
            Math.Round(pan.Length / sample.PanSeconds, 1),
            Percentiles.Of(pan, 0.50), Percentiles.Of(pan, 0.95), Percentiles.Of(pan, 0.99), Percentiles.Of(pan, 1),
            pan.Count(f => f > 50), pan.Length,
            Percentiles.Of(zooms, 0.50), Percentiles.Of(zooms, 1), Percentiles.Of(zoomFrames, 0.95), Percentiles.Of(zoomFrames, 1),
            sample.Heap is { } heap ? Math.Round(heap / 1048576, 1) : null);
    }

    private static string Script()
    {
        using var stream = typeof(MapBenchmark).Assembly.GetManifestResourceStream("Amparo.Cli.Bench.Map.MapFrames.js")
            ?? throw new InvalidOperationException("MapFrames.js is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
