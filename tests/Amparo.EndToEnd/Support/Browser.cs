using Microsoft.Playwright;

namespace Amparo.EndToEnd.Support;

/// <summary>Debian's Chromium driven by Playwright: no browser download, headless, no background network.</summary>
public static class Browser
{
    public const string Chromium = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

    public static string ScreenshotPath(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".png");
    }

    /// <summary>Signs in through the console's form and waits until the page's circuit is interactive.</summary>
    public static async Task SignInAsync(IPage page, Uri baseAddress, string userName, string password)
    {
        await page.GotoAsync(new Uri(baseAddress, "login").ToString());
        await page.FillAsync("[data-testid=username]", userName);
        await page.FillAsync("[data-testid=password]", password);
        await page.ClickAsync("[data-testid=login-submit]");
        await WaitInteractiveAsync(page);
    }

    public static Task WaitInteractiveAsync(IPage page) =>
        page.WaitForSelectorAsync("#console-ready[data-interactive=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
}
