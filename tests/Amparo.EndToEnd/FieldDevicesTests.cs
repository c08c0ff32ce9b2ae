using System.Globalization;
using Amparo.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amparo.EndToEnd;

/// <summary>The device stock and a case's field acts in the console: a technician's day, and the supervisor who settles the damage.</summary>
public class FieldDevicesTests
{
    private const string Police = "Policía Nacional del Perú — Arequipa";

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 1, 2, 3, 4];

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 9, 8, 7];

    [Fact]
    public async Task A_technician_stocks_devices_repairs_one_fits_it_on_the_aggressor_takes_it_off_damaged_swaps_the_victims_phone_and_the_supervisor_settles_the_charge()
    {
        await using var run = await ConsoleRun.StartAsync("--Amparo:Demo:Simulate=false");
        var page = await run.SignInAsync("tecnico");
        var serial = "E2E-TOB-" + Guid.NewGuid().ToString("N")[..6];
        var tracker = "E2E-RV-" + Guid.NewGuid().ToString("N")[..6];

        // The stock: a bracelet into the police's store.
        await page.ClickAsync("[data-testid=nav-stock]");
        await page.WaitForURLAsync("**/stock");
        await Browser.WaitInteractiveAsync(page);
        await RegisterAsync(page, serial, "Bracelet");
        await RegisterAsync(page, tracker, "VictimTracker");
        var device = page.Locator($"[data-testid=stock-device][data-serial='{serial}']");
        await Expect(device).ToHaveAttributeAsync("data-status", "InStore");
        var police = page.Locator($"[data-testid=stock-total][data-institution='{Police}']");
        await ExpectTotalsAsync(police, inStore: 2, inRepair: 0, installed: 0);

        // To repair and back: the totals follow, the history keeps each movement.
        await MoveAsync(page, device, "InRepair");
        await Expect(device).ToHaveAttributeAsync("data-status", "InRepair");
        await ExpectTotalsAsync(police, inStore: 1, inRepair: 1, installed: 0);
        await MoveAsync(page, device, "InStore");
        await Expect(device).ToHaveAttributeAsync("data-status", "InStore");
        await ExpectTotalsAsync(police, inStore: 2, inRepair: 0, installed: 0);
        await device.Locator("[data-testid=device-history]").ClickAsync();
        await Expect(page.Locator("[data-testid=device-history-panel] [data-testid=movement]")).ToHaveCountAsync(3);
        await page.Locator("[data-testid=filter-status]").SelectOptionAsync("InRepair");
        await Expect(device).ToHaveCountAsync(0);
        await page.Locator("[data-testid=filter-status]").SelectOptionAsync("");
        await Expect(device).ToHaveCountAsync(1);

        // The installation act on the demo's first case: refused without its place, then recorded.
        var record = await CaseFileAsync(run, page, "01234-2026");
        await page.ClickAsync("[data-testid=new-installation]");
        var form = page.Locator("[data-testid=act-form]");
        await form.Locator($"[data-testid=install-device][data-serial='{serial}'] input").CheckAsync();
        await form.Locator("[data-testid=act-institution]").SelectOptionAsync(new SelectOptionValue { Label = Police });
        await SignAsync(form.Locator("[data-testid=attendee]").Nth(0), "Jorge Condori Ríos", "Wearer", refusal: null);
        await form.Locator("[data-testid=attendee-add]").ClickAsync();
        await SignAsync(form.Locator("[data-testid=attendee]").Nth(1), "S3 PNP Ramos", "PoliceOfficer", refusal: null);
        await form.Locator("[data-testid=act-photo-files]").SetInputFilesAsync(new FilePayload { Name = "tobillera.jpg", MimeType = "image/jpeg", Buffer = Jpeg });
        await Expect(form.Locator("[data-testid=act-photo-draft]")).ToHaveCountAsync(1);
        await form.Locator("[data-testid=act-submit]").ClickAsync();
        await Expect(form.Locator("[data-testid=problems]")).ToContainTextAsync("dirección");
        await form.ScreenshotAsync(new LocatorScreenshotOptions { Path = Browser.ScreenshotPath("15-installation-form") });
        await form.Locator("[data-testid=act-address]").FillAsync("Av. Ejército 800, Cayma");
        await form.Locator("[data-testid=act-submit]").ClickAsync();
        var installation = page.Locator("[data-testid=act][data-kind=Installation]");
        await Expect(installation).ToHaveCountAsync(1);
        await Expect(installation.Locator($"[data-testid=act-device][data-serial='{serial}'][data-installed=true]")).ToHaveCountAsync(1);
        await Expect(installation.Locator("[data-testid=act-signature]")).ToHaveCountAsync(2);
        await Expect(installation.Locator("[data-testid=act-photo]")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=timeline] li[data-kind='device.installed']")).ToHaveCountAsync(1);
        var photo = await page.APIRequest.GetAsync(new Uri(run.Server.BaseAddress, await installation.Locator("[data-testid=act-photo]").GetAttributeAsync("href")).ToString());
        Assert.Equal(200, photo.Status);
        Assert.Equal(Jpeg, await photo.BodyAsync());

        // The removal act: the bracelet comes back damaged, the wearer is charged.
        await page.ClickAsync("[data-testid=new-removal]");
        var removed = form.Locator($"[data-testid=removed-device][data-serial='{serial}']");
        await Expect(form.Locator("[data-testid=removed-device]")).ToHaveCountAsync(2);
        await form.Locator($"[data-testid=removed-device]:not([data-serial='{serial}']) [data-testid=removed-include]").UncheckAsync();
        await removed.Locator("[data-testid=removed-condition]").SelectOptionAsync("Damaged");
        await removed.Locator("[data-testid=damage-description]").FillAsync("Correa cortada");
        await removed.Locator("[data-testid=damage-cost]").FillAsync("350");
        await form.Locator("[data-testid=act-institution]").SelectOptionAsync(new SelectOptionValue { Label = Police });
        await form.Locator("[data-testid=act-address]").FillAsync("Comisaría de Familia, Cercado");
        await SignAsync(form.Locator("[data-testid=attendee]").Nth(0), "Jorge Condori Ríos", "Wearer", refusal: "No quiso firmar.");
        await form.Locator("[data-testid=act-submit]").ClickAsync();
        var removal = page.Locator("[data-testid=act][data-kind=Removal]");
        await Expect(removal.Locator("[data-testid=charge]")).ToHaveAttributeAsync("data-status", "Charged");
        await Expect(removal.Locator("[data-testid=charge-paid]")).ToHaveCountAsync(0);

        // A swap of the victim's phone for the new tracker: her act is shown to the technician without its place or people.
        await page.ClickAsync("[data-testid=new-swap]");
        await form.Locator("[data-testid=act-party]").SelectOptionAsync("Victim");
        await form.Locator("[data-testid=swap-removed]").SelectOptionAsync("demo-victima-1");
        await form.Locator("[data-testid=swap-replacement]").SelectOptionAsync(tracker);
        await form.Locator("[data-testid=act-institution]").SelectOptionAsync(new SelectOptionValue { Label = Police });
        await form.Locator("[data-testid=act-address]").FillAsync("Calle Santa Catalina 300, Cercado");
        await SignAsync(form.Locator("[data-testid=attendee]").Nth(0), "María Quispe Huamán", "Wearer", refusal: null);
        await form.Locator("[data-testid=act-submit]").ClickAsync();
        var swap = page.Locator("[data-testid=act][data-kind=Swap]");
        await Expect(swap).ToHaveAttributeAsync("data-restricted", "true");
        await Expect(swap.Locator("[data-testid=act-restricted]")).ToBeVisibleAsync();
        await Expect(swap.Locator("[data-testid=act-device]")).ToHaveCountAsync(2);
        await Expect(swap.Locator("[data-testid=act-place]")).ToHaveCountAsync(0);
        await Expect(swap.Locator("[data-testid=act-attendee]")).ToHaveCountAsync(0);
        await Expect(swap).Not.ToContainTextAsync("Santa Catalina");
        await record.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("14-field-acts"), FullPage = true });

        // The bracelet went to repair and the phone to the store, both with the police; the supervisor settles the charge.
        await page.GotoAsync(new Uri(run.Server.BaseAddress, "stock").ToString());
        await Browser.WaitInteractiveAsync(page);
        await ExpectTotalsAsync(police, inStore: 1, inRepair: 1, installed: 1);
        await Expect(page.Locator($"[data-testid=stock-device][data-serial='{tracker}'] [data-testid=device-case]")).ToHaveTextAsync("01234-2026-0-0401-JR-FT-01");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("13-stock"), FullPage = true });
        var supervisor = await run.SignInAsync("supervisor");
        await CaseFileAsync(run, supervisor, "01234-2026");
        await Expect(supervisor.Locator("[data-testid=act][data-kind=Swap] [data-testid=act-place]")).ToContainTextAsync("Santa Catalina");
        var charge = supervisor.Locator("[data-testid=act][data-kind=Removal] [data-testid=charge]");
        await charge.Locator("[data-testid=charge-note]").FillAsync("Recibo 0042");
        await charge.Locator("[data-testid=charge-paid]").ClickAsync();
        await Expect(charge).ToHaveAttributeAsync("data-status", "Paid");
        await Expect(supervisor.Locator("[data-testid=timeline] li[data-kind='device.charge_settled']")).ToHaveCountAsync(1);
        await supervisor.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("16-field-acts-supervisor"), FullPage = true });
        Assert.Empty(run.Errors);
    }

    private static async Task ExpectTotalsAsync(ILocator line, int inStore, int inRepair, int installed)
    {
        await Expect(line.Locator("[data-status=InStore]")).ToHaveTextAsync(inStore.ToString(CultureInfo.InvariantCulture));
        await Expect(line.Locator("[data-status=InRepair]")).ToHaveTextAsync(inRepair.ToString(CultureInfo.InvariantCulture));
        await Expect(line.Locator("[data-status=Installed]")).ToHaveTextAsync(installed.ToString(CultureInfo.InvariantCulture));
    }

    private static async Task RegisterAsync(IPage page, string serial, string kind)
    {
        await page.FillAsync("[data-testid=register-serial]", serial);
        await page.Locator("[data-testid=register-kind]").SelectOptionAsync(kind);
        await page.Locator("[data-testid=register-custodian]").SelectOptionAsync(new SelectOptionValue { Label = Police });
        await page.FillAsync("[data-testid=register-model]", "Serie T-100");
        await page.ClickAsync("[data-testid=register-submit]");
        await Expect(page.Locator($"[data-testid=stock-device][data-serial='{serial}']")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-testid=register-serial]")).ToHaveValueAsync("");
    }

    private static async Task MoveAsync(IPage page, ILocator device, string status)
    {
        await device.Locator("[data-testid=device-move]").ClickAsync();
        await page.Locator("[data-testid=move-status]").SelectOptionAsync(status);
        await page.ClickAsync("[data-testid=move-submit]");
        await Expect(page.Locator("[data-testid=move-form]")).ToHaveCountAsync(0);
    }

    /// <summary>Opens a demo case's file from the case list.</summary>
    private static async Task<ILocator> CaseFileAsync(ConsoleRun run, IPage page, string file)
    {
        await page.GotoAsync(new Uri(run.Server.BaseAddress, "casos").ToString());
        var href = await page.Locator("tr", new PageLocatorOptions { HasText = file }).Locator("a").First.GetAttributeAsync("href");
        await page.GotoAsync(new Uri(run.Server.BaseAddress, href + "/expediente").ToString());
        await Browser.WaitInteractiveAsync(page);
        return page.Locator("[data-testid=acts]");
    }

    private static async Task SignAsync(ILocator attendee, string name, string role, string? refusal)
    {
        await attendee.Locator("[data-testid=attendee-name]").FillAsync(name);
        await attendee.Locator("[data-testid=attendee-role]").SelectOptionAsync(role);
        if (refusal is null)
        {
            await attendee.Locator("[data-testid=attendee-signature]").SetInputFilesAsync(new FilePayload { Name = "firma.png", MimeType = "image/png", Buffer = Png });
            await Expect(attendee.Locator("[data-testid=attendee-signed]")).ToBeVisibleAsync();
        }
        else
        {
            await attendee.Locator("[data-testid=attendee-refusal]").FillAsync(refusal);
        }
    }
}
