using System.Net;
using System.Net.Http.Json;
using Amparo.EndToEnd.Support;
using Microsoft.Playwright;
using OtpNet;
using static Microsoft.Playwright.Assertions;

namespace Amparo.EndToEnd;

/// <summary>A supervisor's first sign-in where the second factor is mandatory: she sets up her authenticator from the QR code, then signs in with its codes.</summary>
public class TwoFactorSignInTests
{
    [Fact]
    public async Task A_supervisor_sets_up_her_authenticator_at_first_sign_in_and_then_needs_its_code()
    {
        await using var run = await ConsoleRun.StartAsync("--Amparo:Demo:Simulate=false", "--Amparo:Security:RequireTwoFactor=true");
        var context = await run.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = ConsoleRun.Screen });
        var page = await context.NewPageAsync();
        page.Console += (_, message) => { if (message.Type == "error") { run.Errors.Add(message.Text); } };

        await PasswordAsync(page, run.Server.BaseAddress);
        await Expect(page.Locator("[data-testid=setup-qr]")).ToBeVisibleAsync();
        var key = (await page.Locator("[data-testid=setup-key]").InnerTextAsync()).Trim();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("60-two-factor-setup"), FullPage = true });
        var authenticator = new Totp(Base32Encoding.ToBytes(key));

        await CodeAsync(page, "000000");
        await Expect(page.Locator("[data-testid=login-error]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=setup-key]")).ToHaveTextAsync(key);
        var first = authenticator.ComputeTotp();
        await CodeAsync(page, first);
        await Browser.WaitInteractiveAsync(page);
        Assert.Equal(new Uri(run.Server.BaseAddress, "/").ToString(), page.Url);

        // Signed out, the password alone no longer opens the console: the code step follows, without a QR code now.
        await page.ClickAsync("form[action=logout] button");
        await PasswordAsync(page, run.Server.BaseAddress);
        await Expect(page.Locator("[data-testid=code]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=setup-qr]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("61-two-factor-code"), FullPage = true });
        // The code she used a moment ago is spent; the next window's is good.
        await CodeAsync(page, first);
        await Expect(page.Locator("[data-testid=login-error]")).ToBeVisibleAsync();
        await CodeAsync(page, authenticator.ComputeTotp(DateTime.UtcNow.AddSeconds(30)));
        await Browser.WaitInteractiveAsync(page);

        using var api = new HttpClient { BaseAddress = run.Server.BaseAddress };
        using var passwordOnly = await api.PostAsJsonAsync("api/auth/login", new { userName = "supervisor", password = ServerProcess.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, passwordOnly.StatusCode);
        Assert.Contains("\"twoFactor\":\"required\"", await passwordOnly.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(run.Errors);
    }

    private static async Task PasswordAsync(IPage page, Uri baseAddress)
    {
        await page.GotoAsync(new Uri(baseAddress, "login").ToString());
        await page.FillAsync("[data-testid=username]", "supervisor");
        await page.FillAsync("[data-testid=password]", ServerProcess.Password);
        await page.ClickAsync("[data-testid=login-submit]");
        await page.WaitForSelectorAsync("[data-testid=code]");
    }

    private static async Task CodeAsync(IPage page, string code)
    {
        await page.FillAsync("[data-testid=code]", code);
        await page.ClickAsync("[data-testid=code-submit]");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
