using System.Diagnostics;
using System.Globalization;
using Amparo.Cli.Bench.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Amparo.Cli.Bench.Scale;

/// <summary>
/// Start-up and memory with many monitored cases (issue 10). A host with 0 cases is started first and its memory
/// taken as the baseline; then the bench's cases are seeded (<see cref="BenchCaseSeeder"/>: two GT06 trackers each)
/// and a second host on the same database is started: start-up runs from <c>StartAsync</c> to /health/ready and to
/// the server's own word that <c>CaseActivationService</c> woke every active case's grain. Memory is taken after
/// that, and again after one GT06 fix per device over TCP (so each grain holds a real fix per party), both minus the
/// baseline and divided by devices and by cases.
/// </summary>
public static class ScaleBenchmark
{
    private const string ActivationLogged = "--Logging:LogLevel:Amparo.Monitoring.Startup.CaseActivationService=Information";
    private static readonly double GoldenAngle = Math.PI * (3 - Math.Sqrt(5));

    public static async Task<ScaleBenchResult> RunAsync(string connectionString, int cases, bool feed, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var baseline = await BaselineAsync(connectionString, log);
        var host = await EngineBenchHost.PrepareAsync(connectionString, ActivationLogged);
        var app = host.App;
        try
        {
            var errors = new LoggedErrorCounter();
            var watcher = new ActivationWatcher();
            var loggers = app.Services.GetRequiredService<ILoggerFactory>();
            loggers.AddProvider(errors);
            loggers.AddProvider(watcher);
            var seeding = Stopwatch.GetTimestamp();
            var seeded = await BenchCaseSeeder.SeedAsync(app, cases, Random.Shared.Next(100_000));
            var seedSeconds = Stopwatch.GetElapsedTime(seeding).TotalSeconds;
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{cases:N0} cases ({2 * cases:N0} GT06 trackers) seeded in {seedSeconds:N1} s; starting…"));

            using var http = new HttpClient { BaseAddress = host.Server };
            var start = Stopwatch.GetTimestamp();
            var ready = WaitReadyAsync(http, start);
            await app.StartAsync();
            var readySeconds = await ready;
            var (woken, active) = await watcher.Done;
            var wokenSeconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            var afterWake = MemorySample.Take();
            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"ready in {readySeconds:N1} s; {woken:N0} of {active:N0} grains woken in {wokenSeconds:N1} s"));

            var (fed, feedSeconds) = feed ? await FeedAsync(seeded, host.Gt06Port) : (0, 0.0);
            var final = feed ? MemorySample.Take() : afterWake;
            var devices = 2 * cases;
            var result = new ScaleBenchResult(
                cases, devices, Math.Round(seedSeconds, 2), Math.Round(readySeconds, 2), Math.Round(wokenSeconds, 2), woken, active, fed, Math.Round(feedSeconds, 2),
                baseline.ManagedBytes, baseline.WorkingSetBytes,
                Per(afterWake.ManagedBytes - baseline.ManagedBytes, devices), Per(afterWake.WorkingSetBytes - baseline.WorkingSetBytes, devices),
                final.ManagedBytes, final.WorkingSetBytes,
                Per(final.ManagedBytes - baseline.ManagedBytes, devices), Per(final.WorkingSetBytes - baseline.WorkingSetBytes, devices),
                Per(final.ManagedBytes - baseline.ManagedBytes, cases), Per(final.WorkingSetBytes - baseline.WorkingSetBytes, cases),
                errors.Errors);
            await ScaleBenchSummary.WriteAsync(log, result, errors.First);
            return result;
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    /// <summary>A host on the same, still empty, database: started, its (zero) cases woken, memory taken, stopped.</summary>
    private static async Task<MemorySample> BaselineAsync(string connectionString, TextWriter log)
    {
        var host = await EngineBenchHost.PrepareAsync(connectionString, ActivationLogged);
        var app = host.App;
        MemorySample sample;
        try
        {
            var watcher = new ActivationWatcher();
            app.Services.GetRequiredService<ILoggerFactory>().AddProvider(watcher);
            using var http = new HttpClient { BaseAddress = host.Server };
            var ready = WaitReadyAsync(http, Stopwatch.GetTimestamp());
            await app.StartAsync();
            await ready;
            await watcher.Done;
            sample = MemorySample.Take();
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"baseline, 0 cases: managed {sample.ManagedBytes / 1048576.0:N1} MiB, working set {sample.WorkingSetBytes / 1048576.0:N1} MiB"));
        return sample;
    }

    /// <returns>Seconds from <paramref name="start"/> to the first 200 from /health/ready.</returns>
    private static async Task<double> WaitReadyAsync(HttpClient http, long start)
    {
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("health/ready", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return Stopwatch.GetElapsedTime(start).TotalSeconds;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Each case's two trackers log in, send one fix each (acknowledged once its grain evaluated it) and hang up.</summary>
    private static async Task<(int Fixes, double Seconds)> FeedAsync(List<BenchCase> cases, int gt06Port)
    {
        var start = Stopwatch.GetTimestamp();
        var index = 0;
        foreach (var chunk in cases.Chunk(100))
        {
            var simulators = chunk.Select(c => new CaseSimulator(c, index++ * GoldenAngle)).ToList();
            try
            {
                await Task.WhenAll(simulators.Select(s => s.ConnectAsync(gt06Port)));
            }
            finally
            {
                simulators.ForEach(s => s.Dispose());
            }
        }

        return (2 * cases.Count, Stopwatch.GetElapsedTime(start).TotalSeconds);
    }

    private static double Per(long bytes, int count) => count == 0 ? 0 : Math.Round((double)bytes / count);
}
