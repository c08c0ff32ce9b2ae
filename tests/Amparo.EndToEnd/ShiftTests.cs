using Amparo.EndToEnd.Support;
using Amparo.Ingest.OsmAnd;
using Amparo.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amparo.EndToEnd;

/// <summary>One breach worked from the wire to the supervisor's figures, the way a shift works it.</summary>
public class ShiftTests
{
    // Case 2 of the demo: a 1,000 m home zone around Home2. The simulator is off, so its devices say only what we send.
    private const string Aggressor = "demo-agresor-2";
    private const string Victim = "demo-victima-2";
    private static readonly (double Latitude, double Longitude) Home = (-16.4265, -71.5190);

    [Fact]
    public async Task A_breach_sent_over_OsmAnd_is_claimed_worked_sent_to_911_as_CAP_resolved_and_counted()
    {
        await using var run = await ConsoleRun.StartAsync("--Amparo:Demo:Simulate=false");
        var first = await run.SignInAsync("operador", acceptDownloads: true);
        var second = await run.SignInAsync("operador2");

        // The aggressor walks in at 2 m/s, a fix a minute, and ends 80 m inside the zone; the victim is at home.
        using var device = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{run.Server.Ports.OsmAnd}/") };
        var now = DateTime.UtcNow;
        await SendAsync(device, Victim, Home, now.AddSeconds(-250));
        foreach (var (metres, minutesAgo) in new[] { (1_400.0, 4), (1_280.0, 3), (1_160.0, 2), (1_040.0, 1), (920.0, 0) })
        {
            await SendAsync(device, Aggressor, North(Home, metres), now.AddMinutes(-minutesAgo).AddSeconds(-5));
        }

        var atFirst = first.Locator("[data-testid=alarm][data-type=zone_entry]");
        var atSecond = second.Locator("[data-testid=alarm][data-type=zone_entry]");
        await atFirst.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await atSecond.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        var alarmId = await atFirst.GetAttributeAsync("data-alarm-id");
        Assert.Equal(alarmId, await atSecond.GetAttributeAsync("data-alarm-id"));

        // One operator claims it; the other sees who has it and can no longer take it.
        await atFirst.Locator("[data-testid=claim]").ClickAsync();
        await Expect(atSecond).ToHaveAttributeAsync("data-state", "Claimed");
        await Expect(atSecond).ToContainTextAsync("operador");
        await Expect(atSecond.Locator("[data-testid=claim]")).ToHaveCountAsync(0);
        await second.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("12-shift-claimed-seen-by-second") });
        await second.GotoAsync(new Uri(run.Server.BaseAddress, $"alarmas/{alarmId}").ToString());
        await Browser.WaitInteractiveAsync(second);
        await Expect(second.Locator("[data-testid=held-by-other]")).ToContainTextAsync("operador");
        await Expect(second.Locator("[data-testid=step-Done]")).ToHaveCountAsync(0);

        // Her protocol, step by step.
        await atFirst.Locator("[data-testid=open-alarm]").ClickAsync();
        await first.WaitForURLAsync($"**/alarmas/{alarmId}");
        await Browser.WaitInteractiveAsync(first);
        var steps = first.Locator("[data-testid=step]");
        await steps.First.WaitForAsync();
        var count = await steps.CountAsync();
        Assert.True(count >= 3, $"a breach protocol has several steps, found {count}");
        for (var i = 0; i < count; i++)
        {
            await steps.Nth(i).Locator("[data-testid=step-note]").FillAsync($"Paso {i + 1} hecho.");
            await steps.Nth(i).Locator("[data-testid=step-Done]").ClickAsync();
            await Expect(steps.Nth(i)).ToHaveAttributeAsync("data-status", "Done");
        }

        // The police request, for real this time, and its CAP file.
        await first.Locator("[data-testid=dispatch-create]").ClickAsync();
        var request = first.Locator("[data-testid=dispatch-request]").First;
        await Expect(request).ToHaveAttributeAsync("data-status", "Created");
        var download = await first.RunAndWaitForDownloadAsync(() => request.Locator("[data-testid=dispatch-cap]").ClickAsync());
        var path = Path.Combine(Path.GetDirectoryName(Browser.ScreenshotPath("x"))!, "shift-" + download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var cap = await File.ReadAllTextAsync(path);
        Assert.Empty(CapSchema.Problems(cap));
        Assert.Contains("<status>Actual</status>", cap, StringComparison.Ordinal);
        Assert.Contains("<severity>Extreme</severity>", cap, StringComparison.Ordinal);

        // Resolved with its outcome: the record is final.
        await first.Locator("[data-testid=alarm-header] [data-testid=resolve]").ClickAsync();
        await first.Locator("[data-testid=outcome]").SelectOptionAsync("PoliceDispatched");
        await first.Locator("[data-testid=note]").FillAsync("Patrullero en el lugar; el agresor se retiró. Se informa al juzgado.");
        await first.Locator("[data-testid=confirm]").ClickAsync();
        await Expect(first.Locator("[data-testid=alarm-header]")).ToHaveAttributeAsync("data-state", "Resolved");
        await first.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("13-shift-alarm-resolved"), FullPage = true });
        await Expect(second.Locator("[data-testid=alarm-header]")).ToHaveAttributeAsync("data-state", "Resolved");

        // The supervisor's figures count it: one zone entry, claimed and resolved by the operator, accepted in time.
        var supervisor = await run.SignInAsync("supervisor");
        await supervisor.GotoAsync(new Uri(run.Server.BaseAddress, "supervision").ToString());
        await Browser.WaitInteractiveAsync(supervisor);
        await Expect(supervisor.Locator("[data-testid=hour-row][data-type=zone_entry] td").Last).ToHaveTextAsync("1");
        var operatorRow = supervisor.Locator("[data-testid=operator-row][data-operator=operador] td");
        await Expect(operatorRow.Nth(1)).ToHaveTextAsync("1");
        await Expect(operatorRow.Nth(2)).ToHaveTextAsync("1");
        await supervisor.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("14-shift-supervision"), FullPage = true });

        Assert.Empty(run.Errors);
    }

    private static async Task SendAsync(HttpClient device, string uniqueId, (double Latitude, double Longitude) at, DateTime fixTime)
    {
        using var response = await device.GetAsync(OsmAndQuery.For(uniqueId, at.Latitude, at.Longitude, fixTime));
        response.EnsureSuccessStatusCode();
    }

    private static (double Latitude, double Longitude) North((double Latitude, double Longitude) origin, double metres) =>
        (origin.Latitude + metres / 110_662.86, origin.Longitude);
}
