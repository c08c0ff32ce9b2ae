using System.Globalization;
using Amparo.EndToEnd.Support;
using Amparo.Ingest.OsmAnd;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amparo.EndToEnd;

/// <summary>
/// One case's whole life in the console, each institution at its own desk: the court's order, intake and activation,
/// the installation act, a breach seen by the centre, the ten-day warning, the extension, the interview, the
/// cessation and the removal act that brings the devices back to the store.
/// </summary>
public class CaseLifeTests
{
    private const double HerLatitude = -16.4112;
    private const double HerLongitude = -71.5411;
    private const string Area = "Área de la Mujer — Municipalidad Provincial de Arequipa";
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 1, 2, 3, 4];

    [Fact]
    public async Task A_case_goes_from_its_order_to_its_removal_act_through_every_institutions_desk()
    {
        // The expiry watch looks every five seconds here, so the ten-day warning shows within the test.
        await using var run = await ConsoleRun.StartAsync("--Amparo:Demo:Simulate=false", "--Amparo:Expiry:Interval=00:00:05");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-5));
        var file = "EXP-VIDA-" + Guid.NewGuid().ToString("N")[..6];

        // The court's order: surveillance for nine more days (a renewal about to lapse).
        var court = await run.SignInAsync("juzgado");
        await court.GotoAsync(Url(run, "casos/nuevo"));
        await Browser.WaitInteractiveAsync(court);
        await court.FillAsync("[data-testid=court]", "2.º Juzgado de Familia de Arequipa");
        await court.FillAsync("[data-testid=judge]", "Dra. Rosa Quispe");
        await court.FillAsync("[data-testid=file]", file);
        await court.FillAsync("[data-testid=ends-on]", Iso(today.AddDays(9)));
        await court.FillAsync("[data-testid=victim-name]", "Ana Flores Ccori");
        await court.FillAsync("[data-testid=aggressor-name]", "Pedro Huanca Ticona");
        await court.ClickAsync("[data-testid=register]");
        await court.WaitForURLAsync("**/ingreso");
        var caseId = court.Url.Split('/')[^2];

        // Intake by the centre: her home and his, the signal, her decision; the CEM's FVR says severo.
        var centre = await run.SignInAsync("supervisor");
        await centre.GotoAsync(Url(run, $"casos/{caseId}/ingreso"));
        await Browser.WaitInteractiveAsync(centre);
        var herHome = await AddPlacedAsync(centre, "Victim", "Calle Mercaderes 120", HerLatitude, HerLongitude);
        await herHome.Locator("[data-testid=coverage]").SelectOptionAsync("Good");
        await Expect(herHome).ToHaveAttributeAsync("data-coverage", "Good");
        await AddPlacedAsync(centre, "Aggressor", "Jr. Tacna 455, Cayma", HerLatitude + 3_000 / 110_662.86, HerLongitude);
        await centre.ClickAsync("[data-testid=consent-given]");
        var cem = await run.SignInAsync("cem");
        await AssessSevereAsync(run, cem, caseId);
        await centre.ReloadAsync();
        await Browser.WaitInteractiveAsync(centre);
        await Expect(centre.Locator("[data-testid=readiness]")).ToHaveAttributeAsync("data-ready", "true");
        await centre.ClickAsync("[data-testid=activate]");
        await Expect(centre.Locator("[data-testid=intake]")).ToHaveAttributeAsync("data-status", "Active");

        // The technician registers the aggressor's tracker in the gender area's store and fits it (the installation act).
        var technician = await run.SignInAsync("tecnico");
        var tracker = "E2E-VIDA-" + Guid.NewGuid().ToString("N")[..6];
        await technician.GotoAsync(Url(run, "stock"));
        await Browser.WaitInteractiveAsync(technician);
        await technician.FillAsync("[data-testid=register-serial]", tracker);
        await technician.Locator("[data-testid=register-kind]").SelectOptionAsync("AggressorTracker");
        await technician.Locator("[data-testid=register-custodian]").SelectOptionAsync(new SelectOptionValue { Label = Area });
        await technician.ClickAsync("[data-testid=register-submit]");
        await Expect(technician.Locator($"[data-testid=stock-device][data-serial='{tracker}']")).ToHaveAttributeAsync("data-status", "InStore");
        await technician.GotoAsync(Url(run, $"casos/{caseId}/expediente"));
        await Browser.WaitInteractiveAsync(technician);
        await technician.ClickAsync("[data-testid=new-installation]");
        var form = technician.Locator("[data-testid=act-form]");
        await form.Locator($"[data-testid=install-device][data-serial='{tracker}'] input").CheckAsync();
        await form.Locator("[data-testid=act-institution]").SelectOptionAsync(new SelectOptionValue { Label = Area });
        await form.Locator("[data-testid=act-address]").FillAsync("Jr. Tacna 455, Cayma");
        await SignAsync(form.Locator("[data-testid=attendee]").Nth(0), "Pedro Huanca Ticona", "Wearer");
        await form.Locator("[data-testid=act-submit]").ClickAsync();
        await Expect(technician.Locator("[data-testid=act][data-kind=Installation]")).ToHaveCountAsync(1);

        // Monitoring: he walks to 200 m of her home and the centre sees the zone entry on the case.
        using (var device = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{run.Server.Ports.OsmAnd}/") })
        {
            using var response = await device.GetAsync(OsmAndQuery.For(tracker, HerLatitude + 200 / 110_662.86, HerLongitude, DateTime.UtcNow.AddSeconds(-2)));
            response.EnsureSuccessStatusCode();
        }

        await centre.GotoAsync(Url(run, $"casos/{caseId}"));
        await Browser.WaitInteractiveAsync(centre);
        await Expect(centre.Locator("[data-testid=case-alarm][data-type=zone_entry]")).ToHaveCountAsync(1, new() { Timeout = 15_000 });

        // The ten-day warning reaches the court's queue; the court extends the term.
        var queued = court.Locator($"[data-testid=expiring-case][data-case='{caseId}']");
        for (var look = 0; look < 30; look++)
        {
            // The queue is read when opened: the court looks again until the watch's next pass has warned.
            await court.GotoAsync(Url(run, "vencimientos"));
            await Browser.WaitInteractiveAsync(court);
            if (await queued.GetAttributeAsync("data-warned") == "true")
            {
                break;
            }

            await Task.Delay(500);
        }

        await Expect(queued).ToHaveAttributeAsync("data-warned", "true");
        await court.GotoAsync(Url(run, $"casos/{caseId}/expediente"));
        await Browser.WaitInteractiveAsync(court);
        await Expect(court.Locator("[data-testid=timeline] li[data-kind='order.expiry_warned']")).ToHaveCountAsync(1);
        await court.Locator("[data-testid=order-kind]").SelectOptionAsync("Extension");
        await court.FillAsync("[data-testid=order-ends]", Iso(today.AddMonths(6)));
        await court.ClickAsync("[data-testid=order-apply]");
        await Expect(court.Locator("[data-testid=court-orders]")).ToHaveAttributeAsync("data-ends-on", Iso(today.AddMonths(6)));

        // Months later she asks to leave: the CEM interviews her, the court rules the cessation.
        await cem.GotoAsync(Url(run, $"casos/{caseId}/expediente"));
        await Browser.WaitInteractiveAsync(cem);
        await cem.Locator("[data-testid=interview] summary").ClickAsync();
        await cem.FillAsync("[data-testid=interview-institution]", "CEM Arequipa");
        await cem.CheckAsync("[data-testid=interview-risks]");
        await cem.CheckAsync("[data-testid=interview-leave]");
        await cem.ClickAsync("[data-testid=interview-record]");
        await Expect(cem.Locator("[data-testid=timeline] li[data-kind='cessation.interview']")).ToHaveCountAsync(1);
        await court.ReloadAsync();
        await Browser.WaitInteractiveAsync(court);
        await court.Locator("[data-testid=order-kind]").SelectOptionAsync("Cessation");
        await court.ClickAsync("[data-testid=order-apply]");
        await Expect(court.Locator("[data-testid=record]")).ToHaveAttributeAsync("data-status", "Closed");
        await Expect(court.Locator("[data-testid=term]")).Not.ToContainTextAsync("quedan");

        // The removal act: the tracker comes back in good condition to the gender area's store.
        await technician.ReloadAsync();
        await Browser.WaitInteractiveAsync(technician);
        await technician.ClickAsync("[data-testid=new-removal]");
        await Expect(form.Locator($"[data-testid=removed-device][data-serial='{tracker}']")).ToHaveCountAsync(1);
        await form.Locator("[data-testid=act-institution]").SelectOptionAsync(new SelectOptionValue { Label = Area });
        await form.Locator("[data-testid=act-address]").FillAsync("Jr. Tacna 455, Cayma");
        await SignAsync(form.Locator("[data-testid=attendee]").Nth(0), "Pedro Huanca Ticona", "Wearer");
        await form.Locator("[data-testid=act-submit]").ClickAsync();
        await Expect(technician.Locator("[data-testid=act][data-kind=Removal]")).ToHaveCountAsync(1);
        var kinds = await technician.Locator("[data-testid=timeline] li").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.kind).reverse()");
        // The watch's warning lands whenever its pass comes after activation; the rest follow each other in order.
        string[] milestones = ["order.registered", "case.activated", "device.installed", "order.extended", "cessation.interview", "case.ceased", "device.removed"];
        Assert.Equal(milestones, kinds.Where(milestones.Contains).ToArray());
        Assert.Single(kinds, "order.expiry_warned");
        await technician.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("18-case-life-removed"), FullPage = true });
        await technician.GotoAsync(Url(run, "stock"));
        await Browser.WaitInteractiveAsync(technician);
        await Expect(technician.Locator($"[data-testid=stock-device][data-serial='{tracker}']")).ToHaveAttributeAsync("data-status", "InStore");
        Assert.Empty(run.Errors);
    }

    private static string Url(ConsoleRun run, string path) => new Uri(run.Server.BaseAddress, path).ToString();

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<ILocator> AddPlacedAsync(IPage page, string role, string text, double latitude, double longitude)
    {
        var rows = page.Locator($"[data-testid=address][data-role={role}]");
        await page.Locator("[data-testid=new-role]").SelectOptionAsync(role);
        await page.Locator("[data-testid=new-kind]").SelectOptionAsync("Home");
        await page.FillAsync("[data-testid=new-text]", text);
        await page.ClickAsync("[data-testid=add-address-submit]");
        await Expect(rows).ToHaveCountAsync(1);
        await rows.Locator("[data-testid=place]").ClickAsync();
        await page.FillAsync("[data-testid=latitude]", latitude.ToString("F6", CultureInfo.InvariantCulture));
        await page.FillAsync("[data-testid=longitude]", longitude.ToString("F6", CultureInfo.InvariantCulture));
        await page.ClickAsync("[data-testid=confirm-place]");
        await Expect(rows).ToHaveAttributeAsync("data-confirmed", "true");
        return rows;
    }

    private static async Task AssessSevereAsync(ConsoleRun run, IPage cem, string caseId)
    {
        string[] severe = ["2", "2a", "3", "4", "6", "9", "12"];
        var answers = new[] { "1", "2", "2a", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19" }
            .ToDictionary(q => q, q => severe.Contains(q) ? "si" : "no");
        var response = await cem.APIRequest.PostAsync(Url(run, $"api/cases/{caseId}/risk-assessments"),
            new APIRequestContextOptions { DataObject = new { instrument = "pe-fvr", version = "2019", institutionName = "CEM Arequipa", answers } });
        Assert.True(response.Ok, await response.TextAsync());
    }

    private static async Task SignAsync(ILocator attendee, string name, string role)
    {
        await attendee.Locator("[data-testid=attendee-name]").FillAsync(name);
        await attendee.Locator("[data-testid=attendee-role]").SelectOptionAsync(role);
        await attendee.Locator("[data-testid=attendee-signature]").SetInputFilesAsync(new FilePayload { Name = "firma.png", MimeType = "image/png", Buffer = Png });
        await Expect(attendee.Locator("[data-testid=attendee-signed]")).ToBeVisibleAsync();
    }
}
