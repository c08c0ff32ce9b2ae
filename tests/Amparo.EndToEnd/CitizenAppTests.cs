using System.Text.RegularExpressions;
using Amparo.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amparo.EndToEnd;

/// <summary>
/// A neighbour with the municipal app: she registers with her mobile and the SMS code, her gender alert reaches the
/// operator live, she sees it attended and the operator follows her as she moves; she files a pothole with a photo and
/// follows its status as the centre works it.
/// </summary>
public partial class CitizenAppTests
{
    private const double HerLatitude = -16.4021;
    private const double HerLongitude = -71.5331;

    /// <summary>A real 1×1 PNG, as a phone's camera file would come.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_neighbour_registers_her_gender_alert_is_attended_live_and_she_follows_her_pothole_report_to_in_progress()
    {
        await using var run = await ConsoleRun.StartAsync("--Amparo:Demo:Simulate=false");
        var phone = await PhoneRun.OpenAppAsync(run, HerLatitude, HerLongitude, "app/ciudadania.html");

        // Registration: her number and name; the code is read where the demo keeps unsent SMS, as an administrator.
        await phone.FillAsync("[data-testid=register-phone]", "987 654 321");
        await phone.FillAsync("[data-testid=register-name]", "Carmen Rosa Apaza Quispe");
        await phone.ClickAsync("[data-testid=register-submit]");
        await Expect(phone.Locator("[data-testid=verify-not-sent]")).ToBeVisibleAsync();
        var admin = await run.SignInAsync("administrador");
        await admin.GotoAsync(new Uri(run.Server.BaseAddress, "ciudadania").ToString());
        await Browser.WaitInteractiveAsync(admin);
        var sms = admin.Locator("[data-testid=sms-outbox-message]", new PageLocatorOptions { HasText = "+51987654321" }).First;
        var code = SixDigits().Match((await sms.TextContentAsync())!).Value;
        await phone.FillAsync("[data-testid=verify-code]", code);
        await phone.ClickAsync("[data-testid=verify-submit]");
        await Expect(phone.Locator("[data-testid=alert-gender]")).ToBeVisibleAsync();
        await Expect(phone.Locator(".hello")).ToHaveTextAsync("Hola, Carmen");
        await Expect(phone.Locator("[data-testid=call-centre]")).ToHaveAttributeAsync("href", new Regex("^tel:"));
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("citizen-1-home") });

        // Her gender alert: a short press does nothing, the hold sends it; the operator's queue shows it live and claims it.
        var operador = await run.SignInAsync("operador");
        await operador.GotoAsync(new Uri(run.Server.BaseAddress, "ciudadania").ToString());
        await Browser.WaitInteractiveAsync(operador);
        var mine = operador.Locator("[data-testid=citizen-alert]", new PageLocatorOptions { HasText = "Carmen Rosa Apaza Quispe" });
        await PhoneGestures.HoldAsync(phone, "alert-gender", TimeSpan.FromMilliseconds(500));
        await Expect(phone.Locator("[data-testid=alert-status]")).ToHaveAttributeAsync("data-status", "Idle");
        await PhoneGestures.HoldAsync(phone, "alert-gender", TimeSpan.FromMilliseconds(2_400));
        await Expect(phone.Locator("[data-testid=alert-status]")).ToHaveAttributeAsync("data-status", "New");
        await Expect(mine).ToHaveCountAsync(1);
        await Expect(mine).ToHaveAttributeAsync("data-status", "New");
        await Expect(mine.Locator("[data-testid=citizen-alert-phone]")).ToHaveTextAsync("+51987654321");
        await mine.Locator("[data-testid=citizen-alert-claim]").ClickAsync();
        await Expect(phone.Locator("[data-testid=alert-status]")).ToHaveAttributeAsync("data-status", "Claimed", new() { Timeout = 15_000 });
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("citizen-2-attending") });

        // She walks on while it is open: her app sends where she is every 15 s and the operator's card follows her.
        await phone.Context.SetGeolocationAsync(new Geolocation { Latitude = (float)(HerLatitude + 0.002), Longitude = (float)HerLongitude, Accuracy = 15 });
        // A position taken just before she moved may come first: the one after it, 15 s later, shows where she is now.
        await Expect(mine.Locator("[data-testid=citizen-alert-map]")).ToHaveAttributeAsync("href", new Regex("mlat=-16\\.400"), new() { Timeout = 40_000 });
        await Expect(mine.Locator("[data-testid=citizen-alert-moved]")).ToBeVisibleAsync();

        // A pothole with a photo from her camera: filed from the public-services catalogue, then followed in "Mis reportes".
        await phone.ClickAsync("[data-testid=menu-service]");
        await Expect(phone.Locator("[data-testid=category-bache]")).ToBeVisibleAsync();
        Assert.Equal(0, await phone.Locator("[data-testid=category-robo]").CountAsync());
        await phone.CheckAsync("[data-testid=category-bache]");
        await phone.FillAsync("[data-testid=report-description]", "Bache profundo en la esquina del mercado");
        await phone.SetInputFilesAsync("[data-testid=report-photo]", new FilePayload { Name = "IMG_2041.png", MimeType = "image/png", Buffer = Png });
        await Expect(phone.Locator("[data-testid=report-place]")).ToContainTextAsync("-16.40010");
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("citizen-3-report") });
        await phone.ClickAsync("[data-testid=report-submit]");
        var filed = phone.Locator("[data-testid=my-report]");
        await Expect(filed).ToHaveCountAsync(1);
        await Expect(filed).ToHaveAttributeAsync("data-status", "Received");
        await Expect(filed).ToContainTextAsync("Bache");

        // The supervisor routes it to public works and puts a crew on it; her list shows it within its 15-second refresh.
        var supervisor = await run.SignInAsync("supervisor");
        await supervisor.GotoAsync(new Uri(run.Server.BaseAddress, "servicios").ToString());
        await Browser.WaitInteractiveAsync(supervisor);
        var report = supervisor.Locator("[data-testid=service-report]", new PageLocatorOptions { HasText = "Bache profundo en la esquina del mercado" });
        await Expect(report).ToHaveCountAsync(1);
        await Expect(report).ToContainTextAsync("Carmen Rosa Apaza Quispe");
        await Expect(report.Locator("[data-testid=report-photo] img")).ToBeVisibleAsync();
        await report.Locator("[data-testid=report-area]").SelectOptionAsync("obras");
        await report.Locator("[data-testid=report-route]").ClickAsync();
        await Expect(report).ToHaveAttributeAsync("data-status", "Routed");
        await report.Locator("[data-testid=report-status]").SelectOptionAsync("InProgress");
        await report.Locator("[data-testid=report-note]").FillAsync("Cuadrilla de bacheo programada para el lunes");
        await report.Locator("[data-testid=report-apply]").ClickAsync();
        await Expect(report).ToHaveAttributeAsync("data-status", "InProgress");
        await Expect(filed).ToHaveAttributeAsync("data-status", "InProgress", new() { Timeout = 20_000 });
        await Expect(filed.Locator("[data-testid=my-report-note]")).ToHaveTextAsync("Cuadrilla de bacheo programada para el lunes");
        await Expect(filed.Locator("[data-testid=my-report-status]")).ToHaveTextAsync("En atención");
        Assert.DoesNotContain("supervisor", await filed.TextContentAsync() ?? "", StringComparison.Ordinal);
        await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("citizen-4-my-reports") });
        Assert.Empty(run.Errors);
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
