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

    /// <summary>A reason a court or a gender area would give, for the tests that are not about the question itself.</summary>
    public const string Reason = "Revisión del expediente para la audiencia";

    /// <summary>
    /// Waits until the page's circuit is interactive. Roles outside the centre are first asked why they open a page with
    /// the victim's data: this gives <see cref="Reason"/> (the question itself is tested by VictimDataReasonTests).
    /// </summary>
    public static async Task WaitInteractiveAsync(IPage page)
    {
        var ready = page.Locator("#console-ready[data-interactive=true]");
        var gate = page.Locator("[data-testid=reason-gate]");
        await ready.Or(gate).First.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        if (await gate.CountAsync() > 0)
        {
            await page.FillAsync("[data-testid=reason-text]", Reason);
            await page.ClickAsync("[data-testid=reason-submit]");
            await ready.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        }
    }

    /// <summary>
    /// After a link inside the console to a page with the victim's data, for a role outside the centre: waits for the
    /// question itself (the previous page's ready marker may still be there while the new one loads), answers it.
    /// </summary>
    public static async Task GiveReasonAsync(IPage page)
    {
        await page.Locator("[data-testid=reason-gate]").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        await WaitInteractiveAsync(page);
    }
}
