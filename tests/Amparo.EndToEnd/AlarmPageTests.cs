using System.Text.Json;
using Amparo.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amparo.EndToEnd;

public class AlarmPageTests
{
    [Fact]
    public async Task An_operator_works_an_alarm_from_its_page_and_a_second_console_sees_her_steps_and_call_live()
    {
        await using var run = await ConsoleRun.StartAsync();
        var server = run.Server;
        var page = await run.SignInAsync("operador");

        // The simulated aggressor reaches the pre-alert band about 20 s after start.
        var queued = page.Locator("[data-testid=alarm]").First;
        await queued.WaitForAsync(new LocatorWaitForOptions { Timeout = 90_000 });
        var alarmId = await queued.GetAttributeAsync("data-alarm-id");
        await queued.Locator("[data-testid=open-alarm]").ClickAsync();
        await page.WaitForURLAsync($"**/alarmas/{alarmId}");
        await Browser.WaitInteractiveAsync(page);

        var other = await run.SignInAsync("supervisor");
        await other.GotoAsync(new Uri(server.BaseAddress, $"alarmas/{alarmId}").ToString());
        await Browser.WaitInteractiveAsync(other);
        await Expect(other.Locator("[data-testid=step]").First).ToHaveAttributeAsync("data-status", "Pending");

        await Expect(page.Locator("[data-testid=claim-first]")).ToBeVisibleAsync();
        await page.Locator("[data-testid=claim]").ClickAsync();
        await Expect(page.Locator("[data-testid=alarm-header]")).ToHaveAttributeAsync("data-state", "Claimed");
        await Expect(page.Locator("[data-testid=claimed-by]")).ToContainTextAsync("operador");

        var steps = page.Locator("[data-testid=step]");
        await steps.Nth(0).Locator("[data-testid=step-note]").FillAsync("Contestó y dijo que se retira.");
        await steps.Nth(0).Locator("[data-testid=step-Done]").ClickAsync();
        await Expect(steps.Nth(0)).ToHaveAttributeAsync("data-status", "Done");
        await steps.Nth(1).Locator("[data-testid=step-NotPossible]").ClickAsync();
        await Expect(steps.Nth(1)).ToHaveAttributeAsync("data-status", "NotPossible");

        var victimPhone = page.Locator("[data-testid=phone][data-party=victim]").First;
        await Expect(victimPhone.Locator("[data-testid=tel]")).ToHaveAttributeAsync("href", "tel:+51959000101");
        await Expect(page.Locator("[data-testid=phone][data-party=contact]")).ToContainTextAsync("Carmen");
        await victimPhone.Locator("[data-testid=call-outcome]").SelectOptionAsync("NoAnswer");
        await victimPhone.Locator("[data-testid=call-note]").FillAsync("Sin respuesta; se intentará con su madre.");
        await victimPhone.Locator("[data-testid=log-call]").ClickAsync();
        var call = page.Locator("[data-testid=record-entry][data-kind=CallAttempt]");
        await Expect(call).ToContainTextAsync("No atendió");
        await Expect(call).ToContainTextAsync("Sin respuesta; se intentará con su madre.");
        await Expect(page.Locator("[data-testid=record-entry]").First).ToHaveAttributeAsync("data-kind", "CallAttempt");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("5-alarm-page-worked"), FullPage = true });

        var seen = other.Locator("[data-testid=step]");
        await Expect(seen.Nth(0)).ToHaveAttributeAsync("data-status", "Done");
        await Expect(seen.Nth(0).Locator("[data-testid=step-status]")).ToContainTextAsync("Contestó y dijo que se retira.");
        await Expect(seen.Nth(1)).ToHaveAttributeAsync("data-status", "NotPossible");
        await Expect(other.Locator("[data-testid=record-entry][data-kind=CallAttempt]")).ToContainTextAsync("No atendió");
        await Expect(other.Locator("[data-testid=claimed-by]")).ToContainTextAsync("operador");
        await other.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("6-alarm-page-second-console") });

        // Each console's opening of the alarm page is audited against the alarm's case, as it opened.
        using var alarm = JsonDocument.Parse(await (await other.APIRequest.GetAsync(new Uri(server.BaseAddress, $"api/alarms/{alarmId}").ToString())).TextAsync());
        var caseId = alarm.RootElement.GetProperty("alarm").GetProperty("caseId").GetString();
        using var audit = JsonDocument.Parse(await (await other.APIRequest.GetAsync(
            new Uri(server.BaseAddress, $"api/audit?caseId={caseId}&action=access.victim_data").ToString())).TextAsync());
        var openings = audit.RootElement.EnumerateArray()
            .Where(e => e.GetProperty("subjectId").GetString() == "PAGE /alarmas/{AlarmId:guid}")
            .Select(e => e.GetProperty("userName").GetString())
            .ToList();
        Assert.Contains("operador", openings);
        Assert.Contains("supervisor", openings);
        Assert.Empty(run.Errors);
    }
}
