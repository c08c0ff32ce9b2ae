using Microsoft.Playwright;

namespace Amparo.Cli.Bench.Map;

/// <summary>Debian's Chromium through Playwright, as the browser tests drive it: no browser download, headless.</summary>
public static class HeadlessChromium
{
    public const string Executable = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Signs in through the console's form and waits until the page's circuit is interactive.</summary>
    public static async Task SignInAsync(IPage page, Uri server, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(new Uri(server, "login").ToString());
        await page.FillAsync("[data-testid=username]", userName);
        await page.FillAsync("[data-testid=password]", password);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForSelectorAsync("#console-ready[data-interactive=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 60_000 });
    }
}
