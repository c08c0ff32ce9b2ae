using System.Globalization;
using Amparo.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amparo.EndToEnd;

/// <summary>The supervisor's statistics: this month's figures of the demo centre, a quarter picked, its report downloaded as a PDF.</summary>
public class StatisticsPageTests
{
    [Fact]
    public async Task A_supervisor_sees_the_months_figures_picks_the_quarter_and_downloads_its_report()
    {
        await using var run = await ConsoleRun.StartAsync("--Amparo:Demo:Simulate=false");
        var supervisor = await run.SignInAsync("supervisor");
        await supervisor.ClickAsync("[data-testid=nav-statistics]");
        await Browser.WaitInteractiveAsync(supervisor);

        // The demo: two cases in monitoring, a third registered and waiting in intake, all registered this month.
        await Expect(supervisor.Locator("[data-testid=fig-cases-active]")).ToHaveAttributeAsync("data-value", "2");
        await Expect(supervisor.Locator("[data-testid=fig-cases-registered]")).ToHaveAttributeAsync("data-value", "3");
        var today = DateTime.UtcNow.AddHours(-5);
        await Expect(supervisor.Locator("[data-testid=stats-period]")).ToHaveAttributeAsync("data-period", today.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        // The demo's cases are new: no period has ended since, so no periodic report was issued yet.
        await Expect(supervisor.Locator("[data-testid=stats-periodic-none]")).ToBeVisibleAsync();
        await supervisor.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("50-statistics"), FullPage = true });

        await supervisor.Locator("[data-testid=stats-kind]").SelectOptionAsync("quarter");
        var quarter = $"{today.Year}-Q{((today.Month - 1) / 3) + 1}";
        await Expect(supervisor.Locator("[data-testid=stats-period]")).ToHaveAttributeAsync("data-period", quarter);
        await Expect(supervisor.Locator("[data-testid=fig-cases-active]")).ToHaveAttributeAsync("data-value", "2");
        var pdfLink = supervisor.Locator("[data-testid=stats-download][data-format=pdf][data-lang=es]");
        var href = await pdfLink.GetAttributeAsync("href");
        Assert.Contains($"period={quarter}", href, StringComparison.Ordinal);
        var download = await supervisor.APIRequest.GetAsync(new Uri(run.Server.BaseAddress, href!).ToString());
        Assert.Equal(200, download.Status);
        Assert.Equal("application/pdf", download.Headers["content-type"]);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await download.BodyAsync())[..4]), StringComparison.Ordinal);
        Assert.Empty(run.Errors);
    }
}
