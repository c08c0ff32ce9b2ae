using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Amparo.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amparo.EndToEnd;

/// <summary>The operator's desk on the demo: per-class sounds and desk mutes, keyboard shortcuts, wait timers, map layers and clustering.</summary>
public partial class DeskTests
{
    [Fact]
    public async Task A_desk_that_mutes_warnings_still_hears_the_breach_and_claims_it_from_the_keyboard()
    {
        await using var run = await ConsoleRun.StartAsync();
        var page = await run.SignInAsync("operador");

        await Expect(page.Locator("[data-testid=sound-breach]")).ToBeDisabledAsync();
        // Unticked before the desk is interactive, the choice would reach no handler and not be kept.
        await Browser.WaitInteractiveAsync(page);
        await page.Locator("[data-testid=sound-warning]").UncheckAsync();
        // The choice travels over the circuit and back to the browser's storage: reload once it is there.
        await page.WaitForFunctionAsync("() => window.localStorage.getItem('amparo.mute.warning') === '1'");
        await page.ReloadAsync();
        await Browser.WaitInteractiveAsync(page);
        // The desk's choice is kept in this browser.
        await Expect(page.Locator("[data-testid=sound-warning]")).Not.ToBeCheckedAsync();

        // The demo's aggressor reaches the pre-alert band first (a warning), then the zone (a breach).
        var preAlert = page.Locator("[data-testid=alarm][data-type=zone_pre_alert]");
        await preAlert.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 90_000 });
        var breach = page.Locator("[data-testid=alarm][data-type=zone_entry]");
        await breach.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 90_000 });
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-last-sound", "breach");
        var played = await page.EvaluateAsync<string[]>("() => window.amparoSound.played");
        Assert.Contains("breach", played);
        Assert.DoesNotContain("warning", played);

        var waited = breach.First.Locator("[data-testid=waited]");
        await Expect(waited).ToHaveClassAsync(new Regex("running"));
        await Expect(page.Locator("[data-testid=count-unclaimed] b")).Not.ToHaveTextAsync("0");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("desk-1-breach-waiting") });

        // N claims the most urgent unclaimed alarm: the breach, above the pre-alert.
        await page.Keyboard.PressAsync("n");
        await Expect(breach.First).ToHaveAttributeAsync("data-state", "Claimed");
        await Expect(breach.First).ToHaveAttributeAsync("data-selected", "true");
        await Expect(waited).ToHaveClassAsync(new Regex("stopped"));
        var band = await waited.GetAttributeAsync("data-band");
        Assert.Contains(band, new[] { "WithinTenSeconds", "WithinFortySeconds", "Late" });

        // A opens the acknowledge note of the selected alarm; Escape closes it without acting.
        await page.Keyboard.PressAsync("a");
        await Expect(breach.First.Locator("[data-testid=note-dialog]")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(breach.First.Locator("[data-testid=note-dialog]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("desk-2-claimed-from-keyboard") });

        Assert.Empty(run.Errors);
    }

    [Fact]
    public async Task The_live_map_shows_police_units_switches_layers_and_clusters_five_thousand_devices()
    {
        await using var run = await ConsoleRun.StartAsync();
        using (var avl = new HttpClient { BaseAddress = run.Server.BaseAddress })
        {
            avl.DefaultRequestHeaders.Add("X-Amparo-Key", ServerProcess.CallbackKey);
            using var reported = await avl.PutAsJsonAsync("api/police-units/PNP-AQP-12", new { jurisdictionName = "Arequipa", latitude = -16.40, longitude = -71.53, available = true });
            reported.EnsureSuccessStatusCode();
        }

        var page = await run.SignInAsync("operador");
        var map = page.Locator("#live-map");
        await Expect(map).ToHaveAttributeAsync("data-police", "1");
        await Expect(map).ToHaveAttributeAsync("data-layers", "aggressors victims zones police alarms");

        await page.Locator(".leaflet-control-layers label:has([data-layer=zones]) input").UncheckAsync();
        await Expect(map).ToHaveAttributeAsync("data-layers", "aggressors victims police alarms");
        await page.Locator(".leaflet-control-layers label:has([data-layer=zones]) input").CheckAsync();
        await Expect(map).ToHaveAttributeAsync("data-layers", "aggressors victims zones police alarms");

        // 5,000 devices around Arequipa, through the same bulk call the page uses on load.
        await page.EvaluateAsync(@"() => {
            const items = [];
            for (let i = 0; i < 5000; i++) {
                items.push({ caseId: 'bulk-' + i, role: i % 2 ? 'victim' : 'aggressor', label: 'Caso ' + i,
                             latitude: -16.30 - (i % 71) * 0.003, longitude: -71.45 - Math.floor(i / 71) * 0.003 });
            }
            amparoMap.markers('live-map', items);
            amparoMap.fit('live-map');
        }");
        var markers = int.Parse(await map.GetAttributeAsync("data-markers") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(markers >= 5000, $"{markers} markers on the map");
        // Clustering runs in chunks: once all are placed, clusters, not 5,000 markers, are drawn.
        await Expect(map).ToHaveAttributeAsync("data-clustering", "done", new() { Timeout = 20_000 });
        Assert.InRange(await page.Locator("#live-map .cluster").CountAsync(), 50, 600);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("desk-3-five-thousand-clustered") });

        Assert.Empty(run.Errors);
    }

    [Fact]
    public async Task A_police_unit_reported_after_the_desk_opened_appears_and_moves_without_a_reload()
    {
        await using var run = await ConsoleRun.StartAsync();
        var page = await run.SignInAsync("operador");
        var map = page.Locator("#live-map");
        await Expect(map).ToHaveAttributeAsync("data-police", "0");
        using var avl = new HttpClient { BaseAddress = run.Server.BaseAddress };
        avl.DefaultRequestHeaders.Add("X-Amparo-Key", ServerProcess.CallbackKey);

        await ReportAsync(avl, "PNP-AQP-21", "Arequipa", -16.4000, -71.5300, available: true);
        await Expect(map).ToHaveAttributeAsync("data-police", "1");
        await WaitForUnitAsync(page, "PNP-AQP-21", -16.4000, -71.5300, available: true);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("desk-4-police-unit-appears") });

        // A unit of a jurisdiction the operator does not watch stays off her map; her own unit moves and turns busy.
        await ReportAsync(avl, "PNP-LIM-07", "Perú", -16.4010, -71.5310, available: true);
        await ReportAsync(avl, "PNP-AQP-21", "Arequipa", -16.4100, -71.5200, available: false);
        await WaitForUnitAsync(page, "PNP-AQP-21", -16.4100, -71.5200, available: false);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("desk-5-police-unit-moved") });
        Assert.Null(await page.EvaluateAsync<object?>("() => amparoMap.policeAt('live-map', 'PNP-LIM-07')"));
        await Expect(map).ToHaveAttributeAsync("data-police", "1");

        Assert.Empty(run.Errors);
    }

    private static async Task ReportAsync(HttpClient avl, string callSign, string jurisdictionName, double latitude, double longitude, bool available)
    {
        using var reported = await avl.PutAsJsonAsync($"api/police-units/{callSign}", new { jurisdictionName, latitude, longitude, available });
        reported.EnsureSuccessStatusCode();
    }

    private static async Task WaitForUnitAsync(IPage page, string callSign, double latitude, double longitude, bool available) =>
        await page.WaitForFunctionAsync(
            "([callSign, latitude, longitude, available]) => { const u = amparoMap.policeAt('live-map', callSign); "
            + "return u !== null && Math.abs(u.latitude - latitude) < 1e-9 && Math.abs(u.longitude - longitude) < 1e-9 && u.available === available; }",
            new object[] { callSign, latitude, longitude, available }, new PageWaitForFunctionOptions { Timeout = 10_000 });
}
