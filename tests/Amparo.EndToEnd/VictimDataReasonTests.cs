using System.Text.Json;
using System.Text.RegularExpressions;
using Amparo.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amparo.EndToEnd;

/// <summary>The console asks roles outside the centre why they open a victim's data, and every opening is audited.</summary>
public sealed class VictimDataReasonTests
{
    private const string File = "00877-2026-0-0401-JR-FT-02";

    [Fact]
    public async Task The_court_says_why_before_her_intake_shows_and_the_audit_keeps_it_with_every_opening()
    {
        await using var run = await ConsoleRun.StartAsync("--Amparo:Demo:Simulate=false");
        var court = await run.SignInAsync("juzgado");
        await court.GotoAsync(Url(run, "casos"));
        var caseId = (await court.Locator("tr", new PageLocatorOptions { HasText = File }).Locator("[data-testid=intake-link]").GetAttributeAsync("href"))!.Split('/')[1];

        // The intake carries her addresses and her consent: first the question, and nothing of her behind it.
        await court.GotoAsync(Url(run, $"casos/{caseId}/ingreso"));
        var gate = court.Locator("[data-testid=reason-gate]");
        await Expect(gate).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(gate).ToContainTextAsync("Motivo de la consulta");
        await Expect(court.Locator("[data-testid=intake]")).ToHaveCountAsync(0);
        Assert.DoesNotContain("data-testid=\"consent\"", await court.ContentAsync(), StringComparison.Ordinal);
        await court.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("40-court-reason-gate"), FullPage = true });

        await court.FillAsync("[data-testid=reason-text]", "ok");
        await court.ClickAsync("[data-testid=reason-submit]");
        await Expect(court.Locator("[data-testid=reason-problem]")).ToContainTextAsync("al menos 5 caracteres");
        await Expect(court.Locator("[data-testid=intake]")).ToHaveCountAsync(0);

        const string reason = "Audiencia de prórroga, expediente 00877";
        await court.FillAsync("[data-testid=reason-text]", reason);
        await court.ClickAsync("[data-testid=reason-submit]");
        await Expect(court.Locator("[data-testid=intake] [data-testid=consent]")).ToBeVisibleAsync();

        // The case file of the same case in the same tab opens without a second question: a second row with the same reason.
        await court.ClickAsync("a[href$='/expediente']");
        await court.WaitForURLAsync("**/expediente");
        await Expect(court.Locator("[data-testid=record]")).ToBeVisibleAsync();

        // The registry names every victim: its downloads wait for a reason, and carry it to the audit.
        await court.GotoAsync(Url(run, "registros"));
        await Browser.WaitInteractiveAsync(court);
        var download = court.Locator("[data-testid=ruc-download][data-format=csv][data-lang=es]");
        await Expect(download).ToHaveAttributeAsync("aria-disabled", "true");
        await court.FillAsync("[data-testid=ruc-reason]", "Informe al pleno");
        await Expect(download).ToHaveAttributeAsync("href", new Regex("motivo=Informe%20al%20pleno"));
        await court.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("41-court-registry-reason"), FullPage = true });
        var href = await download.GetAttributeAsync("href") ?? "";
        var file = await court.APIRequest.GetAsync(Url(run, href));
        Assert.Equal(200, file.Status);
        var bare = await court.APIRequest.GetAsync(Url(run, href[..href.IndexOf("&motivo=", StringComparison.Ordinal)]));
        Assert.Equal(400, bare.Status);
        Assert.Contains("motivo", await bare.TextAsync(), StringComparison.Ordinal);

        // The centre watches over her: its openings (the live map it lands on, the file) are audited without a question.
        var desk = await run.SignInAsync("operador");
        await desk.GotoAsync(Url(run, $"casos/{caseId}/expediente"));
        await Expect(desk.Locator("[data-testid=record]")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        var supervisor = await run.SignInAsync("supervisor");
        var answer = await supervisor.APIRequest.GetAsync(Url(run, $"api/audit?caseId={caseId}&action=access.victim_data"));
        Assert.True(answer.Ok, await answer.TextAsync());
        using var audit = JsonDocument.Parse(await answer.TextAsync());
        var rows = audit.RootElement.EnumerateArray()
            .Select(e => (User: e.GetProperty("userName").GetString(), Subject: e.GetProperty("subjectId").GetString(), Details: e.GetProperty("details").GetString(),
                From: e.GetProperty("remoteAddress").GetString()))
            .Where(r => r.Details!.StartsWith("console ", StringComparison.Ordinal))
            .ToList();
        var courts = rows.Where(r => r.User == "juzgado").ToList();
        Assert.Equal(2, courts.Count);
        Assert.Contains(courts, r => r.Subject == "PAGE /casos/{CaseId:guid}/ingreso");
        Assert.Contains(courts, r => r.Subject == "PAGE /casos/{CaseId:guid}/expediente");
        Assert.All(courts, r => Assert.EndsWith("| motivo: " + reason, r.Details, StringComparison.Ordinal));
        Assert.All(courts, r => Assert.Equal("127.0.0.1", r.From));
        var centre = Assert.Single(rows, r => r.User == "operador");
        Assert.Equal("PAGE /casos/{CaseId:guid}/expediente", centre.Subject);
        Assert.DoesNotContain("motivo", centre.Details, StringComparison.Ordinal);

        var map = await supervisor.APIRequest.GetAsync(Url(run, "api/audit?user=operador&action=access.victim_data"));
        using var mapRows = JsonDocument.Parse(await map.TextAsync());
        Assert.Contains(mapRows.RootElement.EnumerateArray(), e => e.GetProperty("subjectId").GetString() == "PAGE /");
        var registry = await supervisor.APIRequest.GetAsync(Url(run, "api/audit?user=juzgado&action=access.victim_data"));
        using var registryRows = JsonDocument.Parse(await registry.TextAsync());
        var export = Assert.Single(registryRows.RootElement.EnumerateArray(), e => e.GetProperty("subjectId").GetString() == "GET /api/registries/monitored-situations");
        Assert.EndsWith("| motivo: Informe al pleno", export.GetProperty("details").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("motivo=", export.GetProperty("details").GetString(), StringComparison.Ordinal);
        Assert.Empty(run.Errors);
    }

    private static string Url(ConsoleRun run, string path) => new Uri(run.Server.BaseAddress, path).ToString();
}
