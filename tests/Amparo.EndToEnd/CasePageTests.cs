using System.Globalization;
using Amparo.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amparo.EndToEnd;

public class CasePageTests
{
    [Fact]
    public async Task Opened_from_an_alarm_the_case_replays_both_tracks_around_it_with_the_distance_and_the_devices_health()
    {
        await using var run = await ConsoleRun.StartAsync();
        var page = await run.SignInAsync("operador");
        var queued = page.Locator("[data-testid=alarm]").First;
        await queued.WaitForAsync(new LocatorWaitForOptions { Timeout = 90_000 });
        var alarmId = await queued.GetAttributeAsync("data-alarm-id");
        var caseHref = await queued.Locator("[data-testid=case-link]").GetAttributeAsync("href");

        await page.GotoAsync(new Uri(run.Server.BaseAddress, $"{caseHref}?alarma={alarmId}").ToString());
        await Browser.WaitInteractiveAsync(page);

        // The replay opens at the alarm, on the half hour around it, with both parties where they were then.
        var state = page.Locator("[data-testid=replay-state]");
        await Expect(page.Locator("[data-window=alarm]")).ToHaveClassAsync("chosen");
        var tick = page.Locator($".replay-tick[data-at]").First;
        await Expect(tick).ToBeAttachedAsync();
        var raisedAt = Utc(await page.Locator($"[data-testid=case-alarm][data-alarm-id='{alarmId}']").GetAttributeAsync("data-raised-at"));
        Assert.InRange((Utc(await state.GetAttributeAsync("data-time")) - raisedAt).Duration(), TimeSpan.Zero, TimeSpan.FromMilliseconds(1));
        Assert.NotEqual("", await state.GetAttributeAsync("data-aggressor"));
        Assert.NotEqual("", await state.GetAttributeAsync("data-victim"));
        Assert.NotEqual("", await state.GetAttributeAsync("data-distance"));
        var chart = page.Locator("[data-testid=separation-chart]");
        Assert.True(int.Parse(await chart.GetAttributeAsync("data-samples") ?? "0", CultureInfo.InvariantCulture) > 0, "the distance chart has samples");
        await Expect(chart.Locator("polyline.distance").First).ToBeAttachedAsync();
        await Expect(chart.Locator("[data-testid=order-line]")).ToBeAttachedAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("10-case-replay"), FullPage = true });

        // Sliding back to the window's start moves both parties and the time.
        var slider = page.Locator("#replay-slider");
        var min = await slider.GetAttributeAsync("min");
        var aggressorAtAlarm = await state.GetAttributeAsync("data-aggressor");
        await slider.EvaluateAsync("(s, v) => { s.value = v; s.dispatchEvent(new Event('input')); }", min);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(min!, CultureInfo.InvariantCulture)).UtcDateTime, Utc(await state.GetAttributeAsync("data-time")));
        Assert.NotEqual(aggressorAtAlarm, await state.GetAttributeAsync("data-aggressor"));

        // An alarm on the timeline takes the replay to its moment.
        var tickAt = Utc(await tick.GetAttributeAsync("data-at"));
        await tick.ClickAsync();
        Assert.InRange((Utc(await state.GetAttributeAsync("data-time")) - tickAt).Duration(), TimeSpan.Zero, TimeSpan.FromMilliseconds(1));

        // Play runs the clock forward from the start; pressing again pauses it.
        await slider.EvaluateAsync("(s, v) => { s.value = v; s.dispatchEvent(new Event('input')); }", min);
        await page.Locator("#replay-play").ClickAsync();
        await Expect(state).ToHaveAttributeAsync("data-playing", "true");
        var paused = await state.GetAttributeAsync("data-time");
        await Expect(state).Not.ToHaveAttributeAsync("data-time", paused!);
        await page.Locator("#replay-play").ClickAsync();
        await Expect(state).ToHaveAttributeAsync("data-playing", "false");

        // The last day: a longer window, the same parties.
        await page.Locator("[data-window='24']").ClickAsync();
        await Expect(page.Locator("[data-window='24']")).ToHaveClassAsync("chosen");

        // The case's people, measures and devices' health.
        await Expect(page.Locator("[data-testid=person][data-role=Victim] strong")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("[data-testid=measure]").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=device]")).Not.ToHaveCountAsync(0);
        await Expect(page.Locator("[data-testid=device] [data-testid=last-report]").First).Not.ToContainTextAsync("nunca");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("11-case-day"), FullPage = true });

        Assert.Empty(run.Errors);
    }

    private static DateTime Utc(string? iso) =>
        DateTime.Parse(iso ?? throw new InvalidOperationException("no time"), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
