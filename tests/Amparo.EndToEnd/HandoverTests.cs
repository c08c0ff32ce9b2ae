using Amparo.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amparo.EndToEnd;

public class HandoverTests
{
    [Fact]
    public async Task The_next_shift_sees_who_is_on_duty_the_open_alarms_and_the_note_left_for_it()
    {
        await using var run = await ConsoleRun.StartAsync();
        var operador = await run.SignInAsync("operador");
        var queued = operador.Locator("[data-testid=alarm]").First;
        await queued.WaitForAsync(new LocatorWaitForOptions { Timeout = 90_000 });
        var alarmId = await queued.GetAttributeAsync("data-alarm-id");

        await operador.GotoAsync(new Uri(run.Server.BaseAddress, "turno").ToString());
        await Browser.WaitInteractiveAsync(operador);
        await operador.Locator("[data-testid=handover-add]").ClickAsync();
        await Expect(operador.Locator(".handover-form .error")).ToBeVisibleAsync();
        await operador.Locator("[data-testid=handover-text]").FillAsync("Caso 01234: la víctima pidió que la llamen a las 23:00.");
        await operador.Locator("[data-testid=handover-add]").ClickAsync();
        await Expect(operador.Locator("[data-testid=handover-note]").First).ToContainTextAsync("las 23:00");

        var supervisor = await run.SignInAsync("supervisor");
        await supervisor.GotoAsync(new Uri(run.Server.BaseAddress, "turno").ToString());
        await Browser.WaitInteractiveAsync(supervisor);
        await Expect(supervisor.Locator("[data-testid=on-duty-person][data-user=operador]")).ToBeVisibleAsync();
        await Expect(supervisor.Locator("[data-testid=on-duty-person][data-user=supervisor]")).ToBeVisibleAsync();
        await Expect(supervisor.Locator($"[data-testid=handover-alarm][data-alarm-id='{alarmId}']")).ToBeVisibleAsync();
        await Expect(supervisor.Locator("[data-testid=handover-note]").First).ToContainTextAsync("operador");
        await supervisor.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("9-handover"), FullPage = true });

        // The outgoing operator closes her console: she is no longer on duty.
        await operador.Context.CloseAsync();
        var gone = false;
        for (var attempt = 0; attempt < 40 && !gone; attempt++)
        {
            await supervisor.Locator("[data-testid=refresh]").ClickAsync();
            gone = await supervisor.Locator("[data-testid=on-duty-person][data-user=operador]").CountAsync() == 0;
            if (!gone)
            {
                await Task.Delay(500);
            }
        }

        Assert.True(gone, "operador still listed on duty 20 s after closing her console");
        await Expect(supervisor.Locator("[data-testid=on-duty-person][data-user=supervisor]")).ToBeVisibleAsync();

        Assert.Empty(run.Errors);
    }
}
