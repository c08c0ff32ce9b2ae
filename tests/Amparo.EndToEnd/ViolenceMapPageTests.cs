using System.Net.Http.Json;
using Amparo.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amparo.EndToEnd;

/// <summary>The police plan patrols on the violence map: three callers' robberies near one corner make a cell; the demo's lone alert stays withheld.</summary>
public class ViolenceMapPageTests
{
    [Fact]
    public async Task The_police_see_a_cell_made_by_three_callers_and_the_lone_alert_withheld_on_a_map_without_tiles()
    {
        await using var run = await ConsoleRun.StartAsync("--Amparo:Demo:Simulate=false");
        using var operador = await run.Server.ClientAsync("operador");
        // Within one 500 m cell of the grid (rows from the equator, columns of equal metres).
        foreach (var (caller, offset) in new[] { ("Juan Pérez", 0.0), ("Rosa Díaz", 0.0002), ("Ana Soto", 0.0004) })
        {
            using var report = await operador.PostAsJsonAsync("api/citizen-reports",
                new { category = "robo", description = "Robo al paso", latitude = -16.4320 - offset, longitude = -71.5120, callerName = caller });
            report.EnsureSuccessStatusCode();
        }

        var police = await run.SignInAsync("policia");
        await police.ClickAsync("[data-testid=nav-violence-map]");
        await Browser.WaitInteractiveAsync(police);

        var summary = police.Locator("[data-testid=vmap-summary]");
        await Expect(summary).ToHaveAttributeAsync("data-cells", "1");
        await Expect(police.Locator("#violence-map")).ToHaveAttributeAsync("data-cells", "1");
        Assert.NotEqual("0", await summary.GetAttributeAsync("data-withheld"));
        await police.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("51-violence-map"), FullPage = true });

        // Reports only, then breaches only: no breach in the demo, no cell.
        await police.Locator("[data-testid=vmap-kind][data-kind=report]").UncheckAsync();
        await Expect(summary).ToHaveAttributeAsync("data-cells", "0");
        Assert.DoesNotContain(run.Errors, e => !e.Contains("ERR_INTERNET_DISCONNECTED", StringComparison.Ordinal) && !e.Contains("tile", StringComparison.OrdinalIgnoreCase));
    }
}
