using System.Text.Json;
using Amparo.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amparo.EndToEnd;

/// <summary>A protected victim's phone: linked by the centre's code, her panic reaches the operator's queue, and a panic pressed offline arrives once.</summary>
public class AppPanicTests
{
    private const double HerLatitude = -16.3989;
    private const double HerLongitude = -71.5369;

    [Fact]
    public async Task Her_panic_reaches_the_operators_queue_she_sees_it_attended_and_a_panic_pressed_offline_arrives_exactly_once()
    {
        await using var run = await ConsoleRun.StartAsync("--Amparo:Demo:Simulate=false");
        var desk = await run.SignInAsync("operador");
        await desk.GotoAsync(new Uri(run.Server.BaseAddress, "casos").ToString());
        var caseId = (await desk.Locator("tr", new PageLocatorOptions { HasText = "01234-2026" }).Locator("[data-testid=intake-link]").GetAttributeAsync("href"))!.Split('/')[1];

        // The centre gives her a code from the case file; she types it on her phone.
        await desk.GotoAsync(new Uri(run.Server.BaseAddress, $"casos/{caseId}/expediente").ToString());
        await Browser.WaitInteractiveAsync(desk);
        await desk.ClickAsync("[data-testid=app-code-issue]");
        var code = (await desk.Locator("[data-testid=app-code]").TextContentAsync())!.Trim();
        Assert.Matches("^[A-Z2-9]{4}-[A-Z2-9]{4}$", code);
        var phone = await PhoneRun.OpenAppAsync(run, HerLatitude, HerLongitude);
        await phone.FillAsync("[data-testid=enrol-code]", code);
        await phone.ClickAsync("[data-testid=enrol-submit]");
        await Expect(phone.Locator("[data-testid=panic]")).ToBeVisibleAsync();
        await Expect(phone.Locator("[data-testid=call-centre]")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^tel:"));
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("app-2-home") });
        await desk.ReloadAsync();
        await Browser.WaitInteractiveAsync(desk);
        await Expect(desk.Locator("[data-testid=app-installation][data-revoked=false]")).ToHaveCountAsync(1);

        await desk.GotoAsync(run.Server.BaseAddress.ToString());
        await Browser.WaitInteractiveAsync(desk);
        var panics = desk.Locator("[data-testid=alarm][data-type=panic]");
        await Expect(panics).ToHaveCountAsync(0);

        // A press shorter than the hold does nothing; the full hold sends it.
        await PhoneGestures.HoldAsync(phone, "panic", TimeSpan.FromMilliseconds(600));
        await Expect(phone.Locator("[data-testid=alert-status]")).ToHaveAttributeAsync("data-status", "Idle");
        await PhoneGestures.HoldAsync(phone, "panic", TimeSpan.FromMilliseconds(2_400));
        await Expect(phone.Locator("[data-testid=alert-status]")).ToHaveAttributeAsync("data-status", "Received");
        await Expect(panics).ToHaveCountAsync(1);
        var alarm = panics.First;
        await Expect(alarm.Locator("[data-testid=case-link]")).ToContainTextAsync("01234-2026");
        await desk.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("app-3-panic-in-queue") });

        // The operator claims it: her phone says someone is attending.
        await alarm.Locator("[data-testid=claim]").ClickAsync();
        await Expect(phone.Locator("[data-testid=alert-status]")).ToHaveAttributeAsync("data-status", "Attending", new() { Timeout = 15_000 });
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("app-4-attending") });
        var alarmId = await alarm.GetAttributeAsync("data-alarm-id");
        var acknowledged = await desk.APIRequest.PostAsync(Api(run, $"api/alarms/{alarmId}/acknowledge"),
            new APIRequestContextOptions { DataObject = new { note = "Llamé a la víctima: está a salvo; patrullero en camino." } });
        Assert.True(acknowledged.Ok, await acknowledged.TextAsync());
        var resolved = await desk.APIRequest.PostAsync(Api(run, $"api/alarms/{alarmId}/resolve"),
            new APIRequestContextOptions { DataObject = new { outcome = "police_dispatched", note = "Patrullero llegó; el agresor se retiró." } });
        Assert.True(resolved.Ok, await resolved.TextAsync());
        await Expect(phone.Locator("[data-testid=alert-status]")).ToHaveAttributeAsync("data-status", "Closed", new() { Timeout = 15_000 });

        // Offline: the alert waits on the phone (with the SMS fallback offered), then goes once when the network returns.
        await phone.Context.SetOfflineAsync(true);
        await PhoneGestures.HoldAsync(phone, "panic", TimeSpan.FromMilliseconds(2_400));
        await Expect(phone.Locator("[data-testid=alert-status]")).ToHaveAttributeAsync("data-status", "Queued");
        await Expect(phone.Locator("[data-testid=sms-centre]")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^sms:"));
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("app-5-offline-queued") });
        await phone.Context.SetOfflineAsync(false);
        await phone.EvaluateAsync("() => window.dispatchEvent(new Event('online'))");
        await Expect(phone.Locator("[data-testid=alert-status]")).ToHaveAttributeAsync("data-status", "Received", new() { Timeout = 15_000 });
        await Expect(panics).ToHaveCountAsync(1);
        await Task.Delay(4_000);
        var open = JsonDocument.Parse(await (await desk.APIRequest.GetAsync(Api(run, "api/alarms?state=all"))).TextAsync()).RootElement.EnumerateArray()
            .Count(a => a.GetProperty("type").GetString() == "panic" && a.GetProperty("caseId").GetString() == caseId);
        Assert.Equal(2, open);
        // The browser logs each request it could not make while offline; those are the test's doing, nothing else is allowed.
        Assert.DoesNotContain(run.Errors, e => !e.Contains("ERR_INTERNET_DISCONNECTED", StringComparison.Ordinal));
    }

    private static string Api(ConsoleRun run, string path) => new Uri(run.Server.BaseAddress, path).ToString();
}
