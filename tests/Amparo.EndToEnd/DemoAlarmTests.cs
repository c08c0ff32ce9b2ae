using Amparo.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amparo.EndToEnd;

public class DemoAlarmTests
{
    [Fact]
    public async Task An_operator_sees_the_demo_alarm_acknowledges_it_with_a_note_and_it_stays_acknowledged_and_audited()
    {
        await using var server = await ServerProcess.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 850 } });
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") { errors.Add(message.Text); } };

        await Browser.SignInAsync(page, server.BaseAddress, "operador", ServerProcess.Password);
        Assert.Equal("operador", await page.TextContentAsync("[data-testid=current-user]"));

        // The simulated aggressor reaches the pre-alert band about 20 s after start and the zone about 57 s after.
        var first = page.Locator("[data-testid=alarm]").First;
        await first.WaitForAsync(new LocatorWaitForOptions { Timeout = 90_000 });
        var alarmId = await first.GetAttributeAsync("data-alarm-id");
        var type = await first.GetAttributeAsync("data-type");
        var alarm = page.Locator($"[data-alarm-id='{alarmId}']");
        await Expect(alarm.Locator("[data-testid=alarm-explanation]")).ToContainTextAsync("El agresor");
        await Expect(page.Locator("#live-map")).ToHaveAttributeAsync("data-markers", new System.Text.RegularExpressions.Regex("[1-9]"), new() { Timeout = 20_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("1-queue-with-demo-alarm") });

        await alarm.Locator("[data-testid=acknowledge]").ClickAsync();
        await alarm.Locator("[data-testid=confirm]").ClickAsync();
        await Expect(alarm.Locator(".error")).ToBeVisibleAsync();
        await alarm.Locator("[data-testid=note]").FillAsync("Llamé a la víctima: está en casa y a salvo. Se pidió patrullero al 105.");
        await alarm.Locator("[data-testid=confirm]").ClickAsync();
        await Expect(alarm).ToHaveAttributeAsync("data-state", "Acknowledged");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("2-acknowledged") });

        await page.ReloadAsync();
        await Browser.WaitInteractiveAsync(page);
        await Expect(alarm).ToHaveAttributeAsync("data-state", "Acknowledged");
        await Expect(alarm.Locator("[data-testid=acknowledged-by]")).ToContainTextAsync("operador");

        await alarm.Locator("[data-testid=case-link]").ClickAsync();
        await Browser.WaitInteractiveAsync(page);
        // The replay places both parties where they last were.
        var replay = page.Locator("[data-testid=replay-state]");
        await Expect(replay).ToHaveAttributeAsync("data-aggressor", new System.Text.RegularExpressions.Regex(@"^-16\.\d+,-71\.\d+$"), new() { Timeout = 20_000 });
        await Expect(replay).ToHaveAttributeAsync("data-victim", new System.Text.RegularExpressions.Regex(@"^-16\.\d+,-71\.\d+$"));
        await Expect(page.Locator("[data-testid=case-alarms]")).ToContainTextAsync("Reconocida por operador");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("3-case-page") });

        var supervisorContext = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 850 } });
        var supervisor = await supervisorContext.NewPageAsync();
        await Browser.SignInAsync(supervisor, server.BaseAddress, "supervisor", ServerProcess.Password);
        await supervisor.GotoAsync(new Uri(server.BaseAddress, "auditoria").ToString());
        var row = supervisor.Locator("[data-testid=audit-row][data-action='alarm.acknowledged']").First;
        await Expect(row).ToContainTextAsync("operador");
        await Expect(row).ToContainTextAsync("Llamé a la víctima");
        await Expect(row).ToContainTextAsync("127.0.0.1");
        await supervisor.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("4-audit-log") });

        // The supervisor's figures count the alarm the operator acknowledged, under its type and hour.
        await supervisor.GotoAsync(new Uri(server.BaseAddress, "supervision").ToString());
        await Browser.WaitInteractiveAsync(supervisor);
        await Expect(supervisor.Locator($"[data-testid=hour-row][data-type='{type}']")).ToBeVisibleAsync();
        await Expect(supervisor.Locator("[data-testid=alarm-count] b").First).Not.ToHaveTextAsync("0");
        await supervisor.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("8-supervision"), FullPage = true });

        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_console_switches_to_English_and_a_wrong_password_is_refused_in_Spanish()
    {
        await using var server = await ServerProcess.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(server.BaseAddress, "login").ToString());
        await page.FillAsync("[data-testid=username]", "operador");
        await page.FillAsync("[data-testid=password]", "equivocada");
        await page.ClickAsync("[data-testid=login-submit]");
        await Expect(page.Locator("[data-testid=login-error]")).ToHaveTextAsync("Usuario o contraseña incorrectos.");

        await Browser.SignInAsync(page, server.BaseAddress, "operador", ServerProcess.Password);
        await Expect(page.Locator("h2")).ToContainTextAsync("Alarmas abiertas");
        await page.ClickAsync("[data-testid=language]");
        await Browser.WaitInteractiveAsync(page);
        await Expect(page.Locator("h2")).ToContainTextAsync("Open alarms");
    }
}
