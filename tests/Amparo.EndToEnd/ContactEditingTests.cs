using System.Text.Json;
using Amparo.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amparo.EndToEnd;

public class ContactEditingTests
{
    [Fact]
    public async Task An_operator_adds_reorders_and_removes_the_victims_contacts_and_calls_the_new_one_at_once()
    {
        await using var run = await ConsoleRun.StartAsync();
        var page = await run.SignInAsync("operador");
        var queued = page.Locator("[data-testid=alarm]").First;
        await queued.WaitForAsync(new LocatorWaitForOptions { Timeout = 90_000 });
        await queued.Locator("[data-testid=open-alarm]").ClickAsync();
        await page.WaitForURLAsync("**/alarmas/*");
        await page.Locator("[data-testid=alarm-page]").WaitForAsync();
        await Browser.WaitInteractiveAsync(page);
        await page.Locator("[data-testid=claim]").ClickAsync();
        await Expect(page.Locator("[data-testid=alarm-header]")).ToHaveAttributeAsync("data-state", "Claimed");

        await page.Locator("[data-testid=contacts-party][data-party=victim] [data-testid=edit-contacts]").ClickAsync();
        var editor = page.Locator("[data-testid=contact-editor][data-party=victim]");
        var drafts = editor.Locator("[data-testid=draft-contact]");
        await Expect(drafts).ToHaveCountAsync(1);
        await editor.Locator("[data-testid=add-contact]").ClickAsync();
        await drafts.Nth(1).Locator("[data-testid=contact-name]").FillAsync("Luis Mamani Huamán");
        await drafts.Nth(1).Locator("[data-testid=contact-relation]").FillAsync("Hermano");
        await drafts.Nth(1).Locator("[data-testid=contact-phone]").FillAsync("llámame");
        await editor.Locator("[data-testid=save-contacts]").ClickAsync();
        await Expect(editor.Locator("[data-testid=contact-problem]")).ToHaveTextAsync(
            "El teléfono del contacto 2 no es válido (dígitos, espacios, «+», «-», paréntesis; hasta 40).");

        await drafts.Nth(1).Locator("[data-testid=contact-phone]").FillAsync("+51 959 000 404");
        await drafts.Nth(1).Locator("[data-testid=contact-up]").ClickAsync();
        await Expect(drafts.Nth(0).Locator("[data-testid=contact-name]")).ToHaveValueAsync("Luis Mamani Huamán");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("contacts-1-editing"), FullPage = true });
        await editor.Locator("[data-testid=save-contacts]").ClickAsync();

        await Expect(page.Locator("[data-testid=contacts-saved]")).ToBeVisibleAsync();
        var contactLines = page.Locator("[data-testid=phone][data-party=contact]");
        await Expect(contactLines).ToHaveCountAsync(2);
        await Expect(contactLines.Nth(0)).ToHaveAttributeAsync("data-phone", "+51 959 000 404");
        await Expect(contactLines.Nth(1)).ToContainTextAsync("Carmen");

        // The new contact can be called straight away.
        await contactLines.Nth(0).Locator("[data-testid=call-outcome]").SelectOptionAsync("Answered");
        await contactLines.Nth(0).Locator("[data-testid=call-note]").FillAsync("Va a casa de su hermana.");
        await contactLines.Nth(0).Locator("[data-testid=log-call]").ClickAsync();
        var call = page.Locator("[data-testid=record-entry][data-kind=CallAttempt]").First;
        await Expect(call).ToContainTextAsync("Luis Mamani Huamán");
        await Expect(call).ToContainTextAsync("Va a casa de su hermana.");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("contacts-2-new-contact-called"), FullPage = true });

        // Carmen leaves the list.
        await page.Locator("[data-testid=contacts-party][data-party=victim] [data-testid=edit-contacts]").ClickAsync();
        await drafts.Nth(1).Locator("[data-testid=contact-remove]").ClickAsync();
        await editor.Locator("[data-testid=save-contacts]").ClickAsync();
        await Expect(contactLines).ToHaveCountAsync(1);
        await Expect(contactLines.First).ToContainTextAsync("Luis Mamani Huamán (Hermano)");

        using var api = await run.Server.ClientAsync("supervisor");
        var audit = JsonDocument.Parse(await api.GetStringAsync("api/audit?action=trusted_contacts.replaced&take=10")).RootElement;
        Assert.Equal(2, audit.EnumerateArray().Count(e => e.GetProperty("userName").GetString() == "operador"));
        Assert.Empty(run.Errors);
    }
}
