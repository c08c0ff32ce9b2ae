using System.Globalization;
using Amparo.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amparo.EndToEnd;

/// <summary>A case from its judicial order to activation in the console: prerequisites, feasibility (the blocked perimeter), an address found on the programme's geocoder, activation.</summary>
public class IntakeTests
{
    private static readonly string[] Questions = ["1", "2", "2a", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19"];
    private static readonly string[] Severe = ["2", "2a", "3", "4", "6", "9", "12"];

    [Fact]
    public async Task A_supervisor_takes_an_order_through_intake_and_is_stopped_while_the_aggressor_lives_inside_the_perimeter()
    {
        using var geocoder = new NominatimListener();
        await using var run = await ConsoleRun.StartAsync("--Amparo:Demo:Simulate=false", $"--Amparo:Geocoding:BaseUrl={geocoder.BaseUrl}");
        var page = await run.SignInAsync("supervisor");

        // The demo's case in intake: blocked, the aggressor's home 600 m from hers.
        await page.GotoAsync(new Uri(run.Server.BaseAddress, "casos").ToString());
        // The list may still be re-rendering when it appears: follow its link by address rather than race a click.
        var intakeLink = await page.Locator("tr", new PageLocatorOptions { HasText = "00931-2026" }).Locator("[data-testid=intake-link]").GetAttributeAsync("href");
        Assert.EndsWith("/ingreso", intakeLink, StringComparison.Ordinal);
        await page.GotoAsync(new Uri(run.Server.BaseAddress, intakeLink).ToString());
        await Browser.WaitInteractiveAsync(page);
        await Expect(page.Locator("[data-testid=finding][data-code=AggressorInsidePerimeter]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=intake-map]")).ToHaveAttributeAsync("data-places", "2");

        await page.GotoAsync(new Uri(run.Server.BaseAddress, "casos/nuevo").ToString());
        await Browser.WaitInteractiveAsync(page);
        await page.FillAsync("[data-testid=court]", "2.º Juzgado de Familia de Arequipa");
        await page.FillAsync("[data-testid=judge]", "Dra. Rosa Quispe");
        await page.FillAsync("[data-testid=file]", "EXP-E2E-" + Guid.NewGuid().ToString("N")[..6]);
        await page.FillAsync("[data-testid=victim-name]", "María Condori");
        await page.FillAsync("[data-testid=aggressor-name]", "Juan Mamani");
        await page.ClickAsync("[data-testid=register]");
        await page.WaitForURLAsync("**/ingreso");
        await Browser.WaitInteractiveAsync(page);

        var readiness = page.Locator("[data-testid=readiness]");
        await Expect(readiness.Locator("[data-code=NoVictimHome]")).ToBeVisibleAsync();
        await Expect(readiness.Locator("[data-code=NoRiskAssessment]")).ToBeVisibleAsync();

        // Her home: recorded, then placed with a click on the map.
        var herHome = await AddAsync(page, "Victim", "Calle Mercaderes 120");
        await herHome.Locator("[data-testid=place]").ClickAsync();
        await page.Locator("#intake-map").ClickAsync(new LocatorClickOptions { Position = new Position { X = 300, Y = 250 } });
        await Expect(page.Locator("[data-testid=latitude]")).Not.ToHaveValueAsync("");
        var latitude = double.Parse(await page.Locator("[data-testid=latitude]").InputValueAsync(), CultureInfo.InvariantCulture);
        var longitude = double.Parse(await page.Locator("[data-testid=longitude]").InputValueAsync(), CultureInfo.InvariantCulture);
        await page.ClickAsync("[data-testid=confirm-place]");
        await Expect(herHome).ToHaveAttributeAsync("data-confirmed", "true");
        await herHome.Locator("[data-testid=coverage]").SelectOptionAsync("Good");
        await Expect(herHome).ToHaveAttributeAsync("data-coverage", "Good");

        await page.ClickAsync("[data-testid=consent-given]");
        await Expect(page.Locator("[data-testid=consent]")).ToHaveAttributeAsync("data-consent", "Given");

        await page.ClickAsync("[data-testid=risk-open]");
        await page.FillAsync("[data-testid=risk-institution]", "CEM Arequipa");
        foreach (var code in Questions)
        {
            var option = Severe.Contains(code) ? "si" : "no";
            await page.Locator($"[data-testid=risk-item][data-code='{code}'] input[data-option={option}]").CheckAsync();
        }

        await page.ClickAsync("[data-testid=risk-submit]");
        await Expect(page.Locator("[data-testid=risk]")).ToHaveAttributeAsync("data-level", "High");

        // His home, 550 m north of hers: inside the 1,000 m perimeter.
        var hisHome = await AddAsync(page, "Aggressor", "Av. Ejército 800");
        await PlaceAsync(page, hisHome, latitude + 550 / 110_662.86, longitude);
        await page.ClickAsync("[data-testid=activate]");
        await Expect(readiness.Locator("[data-code=AggressorInsidePerimeter]")).ToBeVisibleAsync();
        await Expect(readiness.Locator("[data-testid=proposal][data-code=Relocation]")).ToBeVisibleAsync();
        await Expect(readiness.Locator("[data-testid=finding]")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=intake]")).ToHaveAttributeAsync("data-status", "Ordered");
        await readiness.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("11-intake-blocked"), FullPage = true });

        // The court fixes him an address 3 km away, found on the programme's geocoder: she picks the second place
        // offered, the marker goes there, and she confirms it. The case activates.
        await hisHome.Locator("[data-testid=end-address]").ClickAsync();
        await Expect(page.Locator("[data-testid=address][data-role=Aggressor]")).ToHaveCountAsync(0);
        var relocated = await AddAsync(page, "Aggressor", "Jr. Tacna 455, Cayma");
        var there = (Latitude: latitude + 3_000 / 110_662.86, Longitude: longitude);
        geocoder.Answer = string.Create(CultureInfo.InvariantCulture, $$"""
            [{"lat": "{{there.Latitude - 0.02:F6}}", "lon": "{{there.Longitude:F6}}", "category": "highway", "type": "residential", "display_name": "Jirón Tacna, Cercado, Arequipa"},
             {"lat": "{{there.Latitude:F6}}", "lon": "{{there.Longitude:F6}}", "category": "building", "type": "house", "display_name": "Jirón Tacna 455, Cayma, Arequipa"}]
            """);
        await relocated.Locator("[data-testid=geocode]").ClickAsync();
        var candidates = page.Locator("[data-testid=candidate]");
        await Expect(candidates).ToHaveCountAsync(2);
        Assert.Equal(["Jr. Tacna 455, Cayma"], geocoder.Asked);
        await candidates.Nth(1).ClickAsync();
        var picked = there.Latitude.ToString("F6", CultureInfo.InvariantCulture);
        await Expect(page.Locator("[data-testid=latitude]")).ToHaveValueAsync(picked);
        await Expect(page.Locator("#intake-map")).ToHaveAttributeAsync("data-pending", $"{picked},{there.Longitude.ToString("F6", CultureInfo.InvariantCulture)}");
        await page.ClickAsync("[data-testid=confirm-place]");
        await Expect(relocated).ToHaveAttributeAsync("data-confirmed", "true");
        await Expect(relocated.Locator("[data-testid=geocode]")).ToHaveCountAsync(0);
        await Expect(readiness).ToHaveAttributeAsync("data-ready", "true");
        await page.ClickAsync("[data-testid=activate]");
        await Expect(page.Locator("[data-testid=intake]")).ToHaveAttributeAsync("data-status", "Active");
        await Expect(page.Locator("[data-testid=case-state]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=timeline] li[data-kind='case.activated']")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=timeline] li[data-kind='activation.refused']")).ToHaveCountAsync(1);
        await readiness.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("12-intake-activated"), FullPage = true });
        Assert.Empty(run.Errors);
    }

    private static async Task<ILocator> AddAsync(IPage page, string role, string text)
    {
        var before = await page.Locator($"[data-testid=address][data-role={role}]").CountAsync();
        await page.Locator("[data-testid=new-role]").SelectOptionAsync(role);
        await page.Locator("[data-testid=new-kind]").SelectOptionAsync("Home");
        await page.FillAsync("[data-testid=new-text]", text);
        await page.ClickAsync("[data-testid=add-address-submit]");
        var rows = page.Locator($"[data-testid=address][data-role={role}]");
        await Expect(rows).ToHaveCountAsync(before + 1);
        return rows.Nth(before);
    }

    private static async Task PlaceAsync(IPage page, ILocator row, double latitude, double longitude)
    {
        await row.Locator("[data-testid=place]").ClickAsync();
        await page.FillAsync("[data-testid=latitude]", latitude.ToString("F6", CultureInfo.InvariantCulture));
        await page.FillAsync("[data-testid=longitude]", longitude.ToString("F6", CultureInfo.InvariantCulture));
        await page.ClickAsync("[data-testid=confirm-place]");
        await Expect(row).ToHaveAttributeAsync("data-confirmed", "true");
    }
}
