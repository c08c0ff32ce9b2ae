using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Amparo.Cli.Bench.Engine;

namespace Amparo.Cli.Bench.Panic;

/// <summary>
/// Starts Amparo on PostgreSQL with 2N monitored cases, links a victim's app to each over HTTP as the PWA does, signs
/// an operator's hub client in, and times each panic from the phone's request to its alarm on the operator's hub:
/// N one after another, then N at once.
/// </summary>
public static class PanicBenchmark
{
    private static readonly TimeSpan AlarmWait = TimeSpan.FromSeconds(30);

    public static async Task<PanicBenchReport> RunAsync(string connectionString, int caseCount, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(log);
        var run = Random.Shared.Next(100_000);
        // A bench links hundreds of phones from one address: the per-address limits are for the field.
        var host = await EngineBenchHost.PrepareAsync(connectionString,
            "--Amparo:App:EnrolAttemptsPerMinute=10000", "--Amparo:App:TokenRequestsPerMinute=10000");
        var app = host.App;
        try
        {
            var cases = await BenchCaseSeeder.SeedAsync(app, 2 * caseCount, run);
            var password = "Banco." + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture) + "-A1";
            var user = await BenchCaseSeeder.OperatorAsync(app, run, password);
            await app.StartAsync();
            using var http = new HttpClient { BaseAddress = host.Server };
            var staffToken = await SignInAsync(http, user, password);
            var phones = new List<BenchPhone>();
            foreach (var chunk in cases.Chunk(20))
            {
                phones.AddRange(await Task.WhenAll(chunk.Select(c => BenchPhone.EnrolAsync(http, staffToken, c))));
            }

            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Amparo up; {phones.Count} phones linked; panics one at a time…"));
            await using var listener = await AlarmListener.ConnectAsync(host.Server, user, password, "panic");
            var single = new List<(double Http, double? Console)>();
            foreach (var phone in phones.Take(caseCount))
            {
                single.Add(await TimeAsync(http, listener, phone));
            }

            await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"…then {caseCount} at once…"));
            var burst = await Task.WhenAll(phones.Skip(caseCount).Select(p => TimeAsync(http, listener, p)));
            return new PanicBenchReport(caseCount, Summarise(single), Summarise(burst));
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private static async Task<(double Http, double? Console)> TimeAsync(HttpClient http, AlarmListener listener, BenchPhone phone)
    {
        var started = Stopwatch.GetTimestamp();
        using (var answer = await phone.PanicAsync(http))
        {
            answer.EnsureSuccessStatusCode();
        }

        var answered = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        await listener.WaitForEntriesAsync([phone.Case.FileNumber], AlarmWait);
        return (answered, listener.EntryArrivedAt(phone.Case.FileNumber) is { } at ? Stopwatch.GetElapsedTime(started, at).TotalMilliseconds : null);
    }

    private static PanicBenchResult Summarise(IReadOnlyCollection<(double Http, double? Console)> timings)
    {
        var httpTimes = timings.Select(t => t.Http).Order().ToArray();
        var consoleTimes = timings.Where(t => t.Console is not null).Select(t => t.Console!.Value).Order().ToArray();
        return new PanicBenchResult(timings.Count, timings.Count - consoleTimes.Length,
            Percentiles.Of(httpTimes, 0.5), Percentiles.Of(httpTimes, 0.95), Percentiles.Of(httpTimes, 1),
            Percentiles.Of(consoleTimes, 0.5), Percentiles.Of(consoleTimes, 0.95), Percentiles.Of(consoleTimes, 1));
    }

    private static async Task<string> SignInAsync(HttpClient http, string userName, string password)
    {
        using var response = await http.PostAsJsonAsync("api/auth/login", new { userName, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }
}
