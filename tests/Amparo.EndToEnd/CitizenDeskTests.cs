using System.Net.Http.Json;
using Amparo.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amparo.EndToEnd;

/// <summary>
/// The municipal centre's citizen queues: the operator claims and closes a citizen alert; an emergency phoned in at
/// another desk appears live in her queue and is routed; a supervisor routes a pothole report with its photo and moves it to resolved.
/// </summary>
public class CitizenDeskTests
{
    /// <summary>A real 1×1 PNG.</summary>
    private const string Png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    [Fact]
    public async Task An_operator_closes_a_citizen_alert_and_sees_a_phoned_in_emergency_arrive_and_a_supervisor_follows_a_pothole_to_resolved()
    {
        await using var run = await ConsoleRun.StartAsync("--Amparo:Demo:Simulate=false");
        var operador = await run.SignInAsync("operador");
        await operador.GotoAsync(new Uri(run.Server.BaseAddress, "ciudadania").ToString());
        await Browser.WaitInteractiveAsync(operador);
        await Expect(operador.Locator("[data-testid=emergency-reports-empty]")).ToBeVisibleAsync();

        // The demo neighbour's citizen alert waits unclaimed: the operator takes it and closes it with the outcome.
        var alert = operador.Locator("[data-testid=citizen-alert]", new PageLocatorOptions { HasText = "Lucía Vargas Ponce" });
        await Expect(alert).ToHaveAttributeAsync("data-status", "New");
        await Expect(alert.Locator("[data-testid=citizen-alert-map]")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("mlat=-16\\.39889"));
        await alert.Locator("[data-testid=citizen-alert-claim]").ClickAsync();
        await Expect(alert).ToHaveAttributeAsync("data-status", "Claimed");
        await Expect(alert.Locator("[data-testid=citizen-alert-state]")).ToContainTextAsync("operador");
        await operador.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("39-citizen-alert-claimed"), FullPage = true });
        await alert.Locator("[data-testid=citizen-alert-outcome]").FillAsync("Patrulla atendió; vecina a salvo.");
        await alert.Locator("[data-testid=citizen-alert-resolve]").ClickAsync();
        await Expect(alert).ToHaveCountAsync(0);

        // Another desk takes a call: a robbery in progress, registered through the API while the operator watches.
        using var otherDesk = await run.Server.ClientAsync("operador2");
        using var robbery = await otherDesk.PostAsJsonAsync("api/citizen-reports",
            new { category = "robo", description = "Le arrebataron el celular en el paradero", latitude = -16.3989, longitude = -71.5370, callerName = "Juan Pérez", callerPhone = "959111222" });
        robbery.EnsureSuccessStatusCode();
        var card = operador.Locator("[data-testid=emergency-report]");
        await Expect(card).ToHaveCountAsync(1);
        await Expect(card).ToContainTextAsync("Robo");
        await Expect(card).ToContainTextAsync("Juan Pérez");
        await Expect(card.Locator("[data-testid=report-area]")).ToHaveValueAsync("seguridad");
        await card.Locator("[data-testid=report-note]").FillAsync("Patrulla enviada al paradero");
        await card.Locator("[data-testid=report-route]").ClickAsync();
        await Expect(card).ToHaveAttributeAsync("data-status", "Routed");
        await Expect(card.Locator("[data-testid=report-change]")).ToHaveCountAsync(2);
        await operador.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("40-citizen-desk"), FullPage = true });

        // A pothole with its photo, registered for a caller; the supervisor works the public-service queue.
        using var pothole = await otherDesk.PostAsJsonAsync("api/citizen-reports",
            new { category = "bache", description = "Bache profundo frente al colegio", latitude = -16.4010, longitude = -71.5350, callerName = "Ana Flores", photoBase64 = Png });
        pothole.EnsureSuccessStatusCode();
        var supervisor = await run.SignInAsync("supervisor");
        await supervisor.GotoAsync(new Uri(run.Server.BaseAddress, "servicios").ToString());
        await Browser.WaitInteractiveAsync(supervisor);
        var report = supervisor.Locator("[data-testid=service-report]");
        await Expect(report).ToHaveCountAsync(1);
        await Expect(report).ToContainTextAsync("Bache");
        await Expect(report.Locator("[data-testid=report-photo] img")).ToBeVisibleAsync();
        Assert.True(await report.Locator("[data-testid=report-photo] img").EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 1"), "the thumbnail loads the photo");
        Assert.Equal(0, await supervisor.Locator("[data-testid=service-report]", new PageLocatorOptions { HasText = "Robo" }).CountAsync());

        await report.Locator("[data-testid=report-area]").SelectOptionAsync("obras");
        await report.Locator("[data-testid=report-route]").ClickAsync();
        await Expect(report).ToHaveAttributeAsync("data-status", "Routed");
        await report.Locator("[data-testid=report-status]").SelectOptionAsync("InProgress");
        await report.Locator("[data-testid=report-note]").FillAsync("Cuadrilla de bacheo programada");
        await report.Locator("[data-testid=report-apply]").ClickAsync();
        await Expect(report).ToHaveAttributeAsync("data-status", "InProgress");
        await report.Locator("[data-testid=report-status]").SelectOptionAsync("Resolved");
        await report.Locator("[data-testid=report-apply]").ClickAsync();
        await Expect(report.Locator("[data-testid=report-error]")).ToBeVisibleAsync();
        await report.Locator("[data-testid=report-note]").FillAsync("Bache reparado");
        await report.Locator("[data-testid=report-apply]").ClickAsync();
        await Expect(report).ToHaveAttributeAsync("data-status", "Resolved");
        await Expect(report.Locator("[data-testid=report-change]")).ToHaveCountAsync(4);
        await Expect(report.Locator("[data-testid=report-history]")).ToContainTextAsync("Bache reparado");
        await supervisor.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("41-public-services"), FullPage = true });

        // Filtered by status, the resolved pothole is where the citizen's follow-up says it is.
        await supervisor.Locator("[data-testid=services-status]").SelectOptionAsync("Resolved");
        await Expect(report).ToHaveCountAsync(1);
        await supervisor.Locator("[data-testid=services-status]").SelectOptionAsync("");
        await Expect(supervisor.Locator("[data-testid=services-empty]")).ToBeVisibleAsync();
        Assert.Empty(run.Errors);
    }
}
