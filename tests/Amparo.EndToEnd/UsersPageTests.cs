using System.Net;
using System.Net.Http.Json;
using Amparo.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amparo.EndToEnd;

/// <summary>An administrator opens an account for a prosecutor, is told a weak password's faults in Spanish, locks the account, and finds it all in the audit.</summary>
public class UsersPageTests
{
    [Fact]
    public async Task An_administrator_creates_a_prosecutors_account_locks_it_and_the_audit_shows_both()
    {
        await using var run = await ConsoleRun.StartAsync("--Amparo:Demo:Simulate=false");
        var page = await run.SignInAsync("administrador");
        await page.ClickAsync("[data-testid=nav-users]");
        await Browser.WaitInteractiveAsync(page);

        await page.FillAsync("[data-testid=user-new-name]", "fiscal.nueva");
        await page.FillAsync("[data-testid=user-new-full-name]", "Fiscal Nueva Quispe");
        await page.SelectOptionAsync("[data-testid=user-new-role]", "Fiscalía");
        await page.FillAsync("[data-testid=user-new-password]", "corta");
        await page.ClickAsync("[data-testid=user-create]");
        await Expect(page.Locator("[data-testid=users-problem]")).ToContainTextAsync("al menos 12 caracteres");
        await page.FillAsync("[data-testid=user-new-password]", "Fiscalia.Nueva-2026");
        await page.ClickAsync("[data-testid=user-create]");
        var row = page.Locator("[data-testid=user-row][data-user='fiscal.nueva']");
        await Expect(row).ToHaveAttributeAsync("data-locked", "false");
        using var api = new HttpClient { BaseAddress = run.Server.BaseAddress };
        using (var before = await api.PostAsJsonAsync("api/auth/login", new { userName = "fiscal.nueva", password = "Fiscalia.Nueva-2026" }))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await row.Locator("[data-testid=user-lock]").ClickAsync();
        await Expect(row).ToHaveAttributeAsync("data-locked", "true");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("62-users"), FullPage = true });
        using (var after = await api.PostAsJsonAsync("api/auth/login", new { userName = "fiscal.nueva", password = "Fiscalia.Nueva-2026" }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        }

        await page.GotoAsync(new Uri(run.Server.BaseAddress, "auditoria").ToString());
        await Expect(page.Locator("[data-testid=audit-row][data-action='user.created']")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=audit-row][data-action='user.locked']")).ToHaveCountAsync(1);
        Assert.Empty(run.Errors);
    }
}
