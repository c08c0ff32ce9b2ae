using System.Text.Json;
using Amparo.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amparo.EndToEnd;

public class ProtocolEditorTests
{
    [Fact]
    public async Task A_supervisor_edits_reorders_and_reverts_a_protocol_that_an_operator_reads_in_both_languages()
    {
        await using var run = await ConsoleRun.StartAsync();
        var supervisor = await run.SignInAsync("supervisor");
        await supervisor.Locator("nav a[href=protocolos]").ClickAsync();
        await supervisor.WaitForURLAsync("**/protocolos");
        await Browser.WaitInteractiveAsync(supervisor);
        await Expect(supervisor.Locator("[data-testid=protocol-type]")).ToHaveCountAsync(17);
        await Expect(supervisor.Locator("[data-testid=protocol-type][data-custom=true]")).ToHaveCountAsync(0);

        var curfew = supervisor.Locator("[data-testid=protocol-type][data-type=curfew_breach]");
        await curfew.Locator("[data-testid=edit-protocol]").ClickAsync();
        var steps = curfew.Locator("[data-testid=draft-step]");
        await Expect(steps).ToHaveCountAsync(2);
        await Expect(steps.Nth(0).Locator("[data-testid=step-code]")).ToHaveAttributeAsync("readonly", "");
        await steps.Nth(0).Locator("[data-testid=step-es]").FillAsync("Llamar al agresor: recordarle el horario y pedirle que vuelva a su domicilio.");

        // A new step saved without its texts is refused with the same words the API uses.
        await curfew.Locator("[data-testid=add-step]").ClickAsync();
        await Expect(steps).ToHaveCountAsync(3);
        await curfew.Locator("[data-testid=save-protocol]").ClickAsync();
        await Expect(curfew.Locator("[data-testid=protocol-problem]")).ToContainTextAsync("«paso_3» necesita su texto en español y en inglés");

        var added = steps.Nth(2);
        await added.Locator("[data-testid=step-code]").FillAsync("call_victim_curfew");
        await added.Locator("[data-testid=step-kind]").SelectOptionAsync("CallVictim");
        await added.Locator("[data-testid=step-es]").FillAsync("Avisar a la víctima que el agresor está fuera de horario.");
        await added.Locator("[data-testid=step-en]").FillAsync("Tell the victim the aggressor is out of hours.");
        await added.Locator("[data-testid=step-required]").UncheckAsync();
        await added.Locator("[data-testid=step-up]").ClickAsync();
        // Each move is a round trip: the second is aimed at where the first put the step, once it is there.
        await Expect(steps.Nth(1)).ToHaveAttributeAsync("data-code", "call_victim_curfew");
        await steps.Nth(1).Locator("[data-testid=step-up]").ClickAsync();
        await Expect(steps.Nth(0)).ToHaveAttributeAsync("data-code", "call_victim_curfew");
        await steps.Nth(2).Locator("[data-testid=step-remove]").ClickAsync();
        await Expect(steps).ToHaveCountAsync(2);
        await supervisor.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("protocols-1-editing"), FullPage = true });
        await curfew.Locator("[data-testid=save-protocol]").ClickAsync();

        await Expect(curfew).ToHaveAttributeAsync("data-custom", "true");
        await Expect(supervisor.Locator("[data-testid=protocols-message]")).ToHaveTextAsync("Protocolo guardado.");
        await Expect(curfew.Locator("[data-testid=protocol-step]")).ToHaveCountAsync(2);
        await Expect(curfew.Locator("[data-testid=protocol-step]").Nth(0)).ToHaveAttributeAsync("data-required", "false");
        await Expect(curfew.Locator("[data-testid=protocol-origin]")).ToHaveTextAsync("Del centro");

        // What the console saved is what the API serves, and it was audited as the supervisor's.
        using var api = await run.Server.ClientAsync("supervisor");
        var saved = JsonDocument.Parse(await api.GetStringAsync("api/protocols/curfew_breach")).RootElement;
        Assert.True(saved.GetProperty("custom").GetBoolean());
        Assert.Equal(["call_victim_curfew", "call_aggressor_schedule"], saved.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("code").GetString()));
        Assert.Equal("CallVictim", saved.GetProperty("steps")[0].GetProperty("kind").GetString());
        Assert.StartsWith("Llamar al agresor: recordarle el horario y pedirle", saved.GetProperty("steps")[1].GetProperty("es").GetString(), StringComparison.Ordinal);
        Assert.True(await AuditedAsync(api, "protocol.saved"));

        // An operator reads it, cannot edit it, and reads it in English when she chooses English.
        var operador = await run.SignInAsync("operador");
        await operador.GotoAsync(new Uri(run.Server.BaseAddress, "protocolos").ToString());
        await Browser.WaitInteractiveAsync(operador);
        await Expect(operador.Locator("[data-testid=read-only]")).ToBeVisibleAsync();
        await Expect(operador.Locator("[data-testid=edit-protocol]")).ToHaveCountAsync(0);
        // The language switch brings her back to the page she was on.
        await operador.Locator("[data-testid=language]").ClickAsync();
        await operador.WaitForURLAsync("**/protocolos");
        await Browser.WaitInteractiveAsync(operador);
        await Expect(operador.Locator("h1")).ToHaveTextAsync("Response protocols");
        var seen = operador.Locator("[data-testid=protocol-type][data-type=curfew_breach]");
        await Expect(seen.Locator("[data-testid=protocol-origin]")).ToHaveTextAsync("Centre's own");
        await Expect(seen.Locator("[data-testid=protocol-step]").Nth(0)).ToContainTextAsync("Tell the victim the aggressor is out of hours.");
        await operador.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("protocols-2-operator-english"), FullPage = true });

        // The supervisor goes back to the default.
        await curfew.Locator("[data-testid=edit-protocol]").ClickAsync();
        await curfew.Locator("[data-testid=revert]").ClickAsync();
        await curfew.Locator("[data-testid=revert-confirm]").ClickAsync();
        await Expect(curfew).ToHaveAttributeAsync("data-custom", "false");
        await Expect(curfew.Locator("[data-testid=protocol-step]").Nth(0)).ToHaveAttributeAsync("data-code", "call_aggressor_schedule");
        Assert.False(JsonDocument.Parse(await api.GetStringAsync("api/protocols/curfew_breach")).RootElement.GetProperty("custom").GetBoolean());
        Assert.True(await AuditedAsync(api, "protocol.reverted"));

        Assert.Empty(run.Errors);
    }

    private static async Task<bool> AuditedAsync(HttpClient api, string action)
    {
        var events = JsonDocument.Parse(await api.GetStringAsync($"api/audit?action={action}&take=5")).RootElement;
        return events.EnumerateArray().Any(e => e.GetProperty("subjectId").GetString() == "curfew_breach" && e.GetProperty("userName").GetString() == "supervisor");
    }
}
