using System.Diagnostics;
using System.Globalization;
using Amparo.Data.Database;
using Amparo.Domain.Alarms;
using Amparo.Monitoring.Engine;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Amparo.Cli.Bench.Engine;

/// <summary>
/// Starts Amparo on PostgreSQL with monitored cases, drives each case's two GT06 trackers over real TCP, and
/// measures (1) fixes evaluated per second by the cases' grains: a fix of an assigned device is acknowledged only
/// after its grain's ObserveAsync returned; and (2) for cases whose aggressor enters the home zone once, the time
/// from writing the breaching fix to the socket to the zone-entry alarm arriving at an operator's hub client.
/// </summary>
public static class EngineBenchmark
{
    private static readonly TimeSpan AlarmWait = TimeSpan.FromSeconds(30);
    private static readonly double GoldenAngle = Math.PI * (3 - Math.Sqrt(5));

    public static async Task<EngineBenchResult> RunAsync(string connectionString, EngineBenchOptions options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var run = Random.Shared.Next(100_000);
        var host = await EngineBenchHost.PrepareAsync(connectionString);
        var app = host.App;
        try
        {
            var errors = new LoggedErrorCounter();
            app.Services.GetRequiredService<ILoggerFactory>().AddProvider(errors);
            var cases = await BenchCaseSeeder.SeedAsync(app, options.Cases, run);
            var password = "Banco." + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture) + "-A1";
            var user = await BenchCaseSeeder.OperatorAsync(app, run, password);
            await app.StartAsync();
            await WakeAsync(app, cases);
            await using var listener = await AlarmListener.ConnectAsync(host.Server, user, password);
            var simulators = cases.Select((c, i) => new CaseSimulator(c, i * GoldenAngle)).ToList();
            try
            {
                foreach (var chunk in simulators.Chunk(100))
                {
                    await Task.WhenAll(chunk.Select(s => s.ConnectAsync(host.Gt06Port)));
                }

                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Amparo up; {options.Cases} cases ({2 * options.Cases} GT06 trackers) sending for {options.Seconds} s, {Math.Min(options.Breaches, options.Cases)} zone breaches…"));
                var start = Stopwatch.GetTimestamp();
                var results = await Task.WhenAll(simulators.Select((s, i) => s.RunAsync(Pace(options, start, i))));
                var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
                var breached = results.Where(r => r.BreachWrittenAt is not null).ToList();
                await listener.WaitForEntriesAsync(breached.Select(r => r.FileNumber).ToList(), AlarmWait);
                var latencies = breached
                    .Select(r => listener.EntryArrivedAt(r.FileNumber) is { } at ? Stopwatch.GetElapsedTime(r.BreachWrittenAt!.Value, at).TotalMilliseconds : (double?)null)
                    .OfType<double>().Order().ToArray();
                var acks = results.SelectMany(r => r.AckMilliseconds).Order().ToArray();
                var (entries, others) = await CountAlarmsAsync(app, cases);
                var evaluated = results.Sum(r => (long)r.Positions) - errors.EngineFailures;
                var result = new EngineBenchResult(
                    Math.Round(evaluated / elapsed), Percentiles.Of(latencies, 0.50), Percentiles.Of(latencies, 0.95), Percentiles.Of(latencies, 0.99),
                    Percentiles.Of(latencies, 1), latencies.Length, breached.Count, Percentiles.Of(acks, 0.50), Percentiles.Of(acks, 0.99),
                    evaluated, errors.EngineFailures, errors.Errors, entries, others, listener.AlarmMessages, listener.Positions,
                    options.Cases, options.Seconds, options.Rate);
                await EngineBenchSummary.WriteAsync(log, result, errors.First);
                return result;
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

    private static CasePace Pace(EngineBenchOptions options, long start, int index)
    {
        var window = (long)(options.Seconds * (double)Stopwatch.Frequency);
        var breaches = Math.Min(options.Breaches, options.Cases);
        var round = options.Rate > 0 ? (long)(Stopwatch.Frequency * 2.0 * options.Cases / options.Rate) : 0;
        // Breaches spread evenly over the middle 80 % of the window.
        long? breachAt = index < breaches ? start + (long)(window * (0.1 + 0.8 * index / breaches)) : null;
        return new CasePace(start, start + window, round, round * index / options.Cases, breachAt);
    }

    /// <summary>Activates every case's grain (plan loaded, history read) before the window opens.</summary>
    private static async Task WakeAsync(WebApplication app, List<BenchCase> cases)
    {
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        foreach (var chunk in cases.Chunk(64))
        {
            await Task.WhenAll(chunk.Select(c => grains.GetGrain<ICaseMonitorGrain>(c.Id).WakeAsync()));
        }
    }

    /// <returns>The bench cases' zone-entry alarms, and all their other alarms (the tracks are meant to raise none).</returns>
    private static async Task<(int Entries, int Others)> CountAlarmsAsync(WebApplication app, List<BenchCase> cases)
    {
        var ids = cases.Select(c => c.Id).ToList();
        await using var db = app.Services.GetRequiredService<IDbContextFactory<AmparoDbContext>>().CreateDbContext();
        var byType = await db.Alarms.Where(a => ids.Contains(a.CaseId)).GroupBy(a => a.Type)
            .Select(g => new { Type = g.Key, Count = g.Count() }).ToListAsync();
        var entries = byType.Where(t => t.Type == AlarmType.ZoneEntry).Sum(t => t.Count);
        return (entries, byType.Sum(t => t.Count) - entries);
    }
}
