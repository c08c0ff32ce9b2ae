using System.Net.Http.Json;
using Amparo.EndToEnd.Support;
using Amparo.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amparo.EndToEnd;

public class PoliceRequestTests
{
    [Fact]
    public async Task An_operator_asks_the_police_for_a_drill_on_the_demo_alarm_and_downloads_a_valid_CAP()
    {
        await using var run = await ConsoleRun.StartAsync();
        var server = run.Server;
        var page = await run.SignInAsync("operador", acceptDownloads: true);

        var first = page.Locator("[data-testid=alarm]").First;
        await first.WaitForAsync(new LocatorWaitForOptions { Timeout = 90_000 });
        var alarmId = await first.GetAttributeAsync("data-alarm-id");
        await page.GotoAsync(new Uri(server.BaseAddress, $"alarmas/{alarmId}").ToString());
        await Browser.WaitInteractiveAsync(page);

        // Only the operator who claimed the alarm may ask: the panel says so and offers to claim it.
        await Expect(page.Locator("[data-testid=dispatch-claim-first]")).ToContainTextAsync("tome primero la alarma");
        await Expect(page.Locator("[data-testid=dispatch-create]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("7a-police-request-claim-first") });
        await page.Locator("[data-testid=dispatch-claim]").ClickAsync();
        await Expect(page.Locator("[data-testid=alarm-header]")).ToHaveAttributeAsync("data-state", "Claimed");
        var colleague = await run.SignInAsync("operador2");
        await colleague.GotoAsync(new Uri(server.BaseAddress, $"alarmas/{alarmId}").ToString());
        await Browser.WaitInteractiveAsync(colleague);
        await Expect(colleague.Locator("[data-testid=dispatch-held-by]")).ToHaveTextAsync("La alarma la atiende operador: solo quien la tomó, o supervisión, puede pedir la policía.");
        await Expect(colleague.Locator("[data-testid=dispatch-create]")).ToHaveCountAsync(0);
        await page.Locator("[data-testid=dispatch-exercise]").CheckAsync();
        await page.Locator("[data-testid=dispatch-radius]").FillAsync("400");
        await page.Locator("[data-testid=dispatch-create]").ClickAsync();

        var request = page.Locator("[data-testid=dispatch-request]").First;
        await Expect(request).ToHaveAttributeAsync("data-status", "Created");
        await Expect(page.Locator("[data-testid=dispatch-send]").First).ToBeDisabledAsync();
        var identifier = await request.GetAttributeAsync("data-identifier");
        var download = await page.RunAndWaitForDownloadAsync(() => request.Locator("[data-testid=dispatch-cap]").ClickAsync());
        var path = Path.Combine(Path.GetDirectoryName(Browser.ScreenshotPath("x"))!, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        var xml = await File.ReadAllTextAsync(path);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("7-alarm-page-police-request"), FullPage = true });

        // The 911 centre accepts the request through its callback: the open page shows it without a reload.
        using (var http = new HttpClient { BaseAddress = server.BaseAddress })
        {
            http.DefaultRequestHeaders.Add("X-Amparo-Key", ServerProcess.CallbackKey);
            using var accepted = await http.PostAsJsonAsync("api/dispatch/callback", new { identifier, status = "Accepted", externalReference = "SAE-911-4471" });
            accepted.EnsureSuccessStatusCode();
        }

        await Expect(request).ToHaveAttributeAsync("data-status", "Accepted");

        Assert.Contains(identifier!, download.SuggestedFilename, StringComparison.Ordinal);
        Assert.Empty(CapSchema.Problems(xml));
        Assert.Contains("<status>Exercise</status>", xml, StringComparison.Ordinal);
        Assert.Contains(" 0.4</circle>", xml, StringComparison.Ordinal);
        Assert.Empty(run.Errors);
    }
}
