using System.Text.Json;
using Amparo.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amparo.EndToEnd;

/// <summary>The panic-button app installs like an app and keeps its discretion, before anyone links it.</summary>
public class AppShellTests
{
    [Fact]
    public async Task The_app_is_installable_works_offline_once_loaded_and_its_quick_exit_leaves_only_a_notes_page()
    {
        await using var run = await ConsoleRun.StartAsync("--Amparo:Demo:Simulate=false");
        var phone = await PhoneRun.OpenAppAsync(run, -16.4112, -71.5411);
        await Expect(phone.Locator("[data-testid=enrol]")).ToBeVisibleAsync();

        // Installability as Lighthouse checks it: a manifest with name, start URL in scope, standalone, 192 and 512 icons; a service worker controlling the page.
        var manifestHref = await phone.Locator("link[rel=manifest]").GetAttributeAsync("href");
        var manifestResponse = await phone.APIRequest.GetAsync(new Uri(new Uri(phone.Url), manifestHref).ToString());
        Assert.Equal(200, manifestResponse.Status);
        using (var manifest = JsonDocument.Parse(await manifestResponse.TextAsync()))
        {
            var root = manifest.RootElement;
            Assert.Equal("standalone", root.GetProperty("display").GetString());
            Assert.StartsWith("/app/", root.GetProperty("start_url").GetString(), StringComparison.Ordinal);
            Assert.Equal("/app/", root.GetProperty("scope").GetString());
            var sizes = root.GetProperty("icons").EnumerateArray().Select(i => i.GetProperty("sizes").GetString()).ToList();
            Assert.Contains("192x192", sizes);
            Assert.Contains("512x512", sizes);
            foreach (var icon in root.GetProperty("icons").EnumerateArray())
            {
                var image = await phone.APIRequest.GetAsync(new Uri(new Uri(phone.Url), icon.GetProperty("src").GetString()).ToString());
                Assert.Equal("image/png", image.Headers["content-type"]);
            }
        }

        var scope = await phone.EvaluateAsync<string>("async () => (await navigator.serviceWorker.ready).scope");
        Assert.EndsWith("/app/", scope, StringComparison.Ordinal);
        await phone.ReloadAsync();
        Assert.True(await phone.EvaluateAsync<bool>("() => navigator.serviceWorker.controller !== null"), "the service worker controls the app after a reload");

        // Offline, the app still opens from its cache.
        await phone.Context.SetOfflineAsync(true);
        await phone.ReloadAsync();
        await Expect(phone.Locator("[data-testid=enrol]")).ToBeVisibleAsync();
        await phone.Context.SetOfflineAsync(false);
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("app-1-enrol") });

        // The quick exit: the screen is cleared and replaced by a notes page; "back" does not bring Amparo back.
        await phone.ClickAsync("[data-testid=quick-exit]");
        await phone.WaitForURLAsync("**/app/neutral.html");
        Assert.Equal("Notas", await phone.TitleAsync());
        await Expect(phone.Locator("body")).Not.ToContainTextAsync("Amparo");
        Assert.Empty(run.Errors);
    }

    [Fact]
    public async Task The_municipal_app_is_installable_on_its_own_and_opens_offline_from_the_cache()
    {
        await using var run = await ConsoleRun.StartAsync("--Amparo:Demo:Simulate=false");
        var phone = await PhoneRun.OpenAppAsync(run, -16.4112, -71.5411, "app/ciudadania.html");
        await Expect(phone.Locator("[data-testid=register]")).ToBeVisibleAsync();

        var manifestHref = await phone.Locator("link[rel=manifest]").GetAttributeAsync("href");
        var manifestResponse = await phone.APIRequest.GetAsync(new Uri(new Uri(phone.Url), manifestHref).ToString());
        Assert.Equal(200, manifestResponse.Status);
        using (var manifest = JsonDocument.Parse(await manifestResponse.TextAsync()))
        {
            var root = manifest.RootElement;
            Assert.Equal("standalone", root.GetProperty("display").GetString());
            Assert.Equal("/app/ciudadania.html", root.GetProperty("start_url").GetString());
            Assert.Equal("/app/ciudadania.html", root.GetProperty("id").GetString());
            Assert.Equal("/app/", root.GetProperty("scope").GetString());
            Assert.Contains("512x512", root.GetProperty("icons").EnumerateArray().Select(i => i.GetProperty("sizes").GetString()));
        }

        // The worker installs only if every file of its shell exists: the citizen's pages are among them.
        await phone.EvaluateAsync<string>("async () => (await navigator.serviceWorker.ready).scope");
        await phone.ReloadAsync();
        Assert.True(await phone.EvaluateAsync<bool>("() => navigator.serviceWorker.controller !== null"), "the service worker controls the app after a reload");
        await phone.Context.SetOfflineAsync(true);
        await phone.ReloadAsync();
        await Expect(phone.Locator("[data-testid=register]")).ToBeVisibleAsync();
        await phone.Context.SetOfflineAsync(false);
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("citizen-0-register") });
        Assert.Empty(run.Errors);
    }

    [Fact]
    public async Task A_patrol_on_duty_in_unit_mode_appears_on_the_operators_map()
    {
        await using var run = await ConsoleRun.StartAsync("--Amparo:Demo:Simulate=false");
        var desk = await run.SignInAsync("operador");
        var map = desk.Locator("#live-map");
        await Expect(map).ToHaveAttributeAsync("data-police", "0");

        var patrol = await PhoneRun.OpenAppAsync(run, -16.4050, -71.5350);
        await patrol.GotoAsync(new Uri(run.Server.BaseAddress, "app/unidad.html").ToString());
        await patrol.FillAsync("[data-testid=unit-user]", "policia");
        await patrol.FillAsync("[data-testid=unit-password]", ServerProcess.Password);
        await patrol.FillAsync("[data-testid=unit-callsign]", "PNP-AQP-E2E");
        await patrol.ClickAsync("[data-testid=unit-submit]");
        await patrol.ClickAsync("[data-testid=unit-duty]");
        await Expect(patrol.Locator("[data-testid=unit-status]")).ToHaveAttributeAsync("data-on-duty", "true");
        await Expect(patrol.Locator("[data-testid=unit-last]")).ToBeVisibleAsync();
        await Expect(patrol.Locator("main")).Not.ToContainTextAsync("null");
        await patrol.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("app-6-unit-on-duty") });

        await Expect(map).ToHaveAttributeAsync("data-police", "1");
        Assert.NotNull(await desk.EvaluateAsync<object?>("() => amparoMap.policeAt('live-map', 'PNP-AQP-E2E')"));
        Assert.Empty(run.Errors);
    }
}
