using System.Globalization;
using Amparo.EndToEnd.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Amparo.EndToEnd;

/// <summary>A case's file in the console: the court's queue of terms ending, an extension, the interview and the cessation.</summary>
public class CaseFileTests
{
    private const string NearEnd = "00877-2026-0-0401-JR-FT-02";

    [Fact]
    public async Task The_court_extends_a_term_from_its_queue_and_ends_a_case_after_the_gender_areas_interview()
    {
        await using var run = await ConsoleRun.StartAsync("--Amparo:Demo:Simulate=false");
        var court = await run.SignInAsync("juzgado");

        // The demo's second order ends in eight days: the watch warned it and it heads the court's queue.
        await court.GotoAsync(new Uri(run.Server.BaseAddress, "vencimientos").ToString());
        await Browser.WaitInteractiveAsync(court);
        var row = court.Locator("[data-testid=expiring-case]", new PageLocatorOptions { HasText = NearEnd });
        await Expect(row).ToHaveAttributeAsync("data-warned", "true");
        var caseId = await row.GetAttributeAsync("data-case");
        await court.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("15-court-expiring-queue"), FullPage = true });

        await court.GotoAsync(new Uri(run.Server.BaseAddress, $"casos/{caseId}/expediente").ToString());
        await Browser.WaitInteractiveAsync(court);
        await Expect(court.Locator("[data-testid=timeline] li[data-kind='order.expiry_warned']")).ToHaveCountAsync(1);
        var endsOn = DateOnly.ParseExact(await court.Locator("[data-testid=court-orders]").GetAttributeAsync("data-ends-on") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var extended = endsOn.AddMonths(6);

        await court.Locator("[data-testid=order-kind]").SelectOptionAsync("Extension");
        await court.FillAsync("[data-testid=order-ends]", extended.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await court.FillAsync("[data-testid=order-note]", "Prórroga por seis meses: informes del CEM y de la comisaría favorables.");
        await court.ClickAsync("[data-testid=order-apply]");
        await Expect(court.Locator("[data-testid=court-orders]")).ToHaveAttributeAsync("data-ends-on", extended.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Expect(court.Locator("[data-testid=timeline] li[data-kind='order.extended']")).ToHaveCountAsync(1);
        await Expect(court.Locator("[data-testid=order][data-kind=Extension]")).ToHaveCountAsync(1);
        await court.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("16-case-file-extended"), FullPage = true });

        await court.GotoAsync(new Uri(run.Server.BaseAddress, "vencimientos").ToString());
        await Browser.WaitInteractiveAsync(court);
        await Expect(court.Locator("[data-testid=expiring-case]", new PageLocatorOptions { HasText = NearEnd })).ToHaveCountAsync(0);

        // A cessation by her will is refused until the gender area has interviewed her.
        await court.GotoAsync(new Uri(run.Server.BaseAddress, $"casos/{caseId}/expediente").ToString());
        await Browser.WaitInteractiveAsync(court);
        await court.Locator("[data-testid=order-kind]").SelectOptionAsync("Cessation");
        await court.ClickAsync("[data-testid=order-apply]");
        await Expect(court.Locator("[data-testid=court-message]")).ToHaveClassAsync("error");
        await Expect(court.Locator("[data-testid=record]")).ToHaveAttributeAsync("data-status", "Active");

        var centre = await run.SignInAsync("cem");
        await centre.GotoAsync(new Uri(run.Server.BaseAddress, $"casos/{caseId}/expediente").ToString());
        await Browser.WaitInteractiveAsync(centre);
        await Expect(centre.Locator("[data-testid=order-form]")).ToHaveCountAsync(0);
        await centre.Locator("[data-testid=interview] summary").ClickAsync();
        await centre.FillAsync("[data-testid=interview-institution]", "CEM Arequipa");
        await centre.CheckAsync("[data-testid=interview-risks]");
        await centre.CheckAsync("[data-testid=interview-leave]");
        await centre.ClickAsync("[data-testid=interview-record]");
        await Expect(centre.Locator("[data-testid=timeline] li[data-kind='cessation.interview']")).ToHaveCountAsync(1);

        // The court learns of it at once in its queue.
        await court.GotoAsync(new Uri(run.Server.BaseAddress, "vencimientos").ToString());
        await Browser.WaitInteractiveAsync(court);
        await court.Locator($"[data-testid=cessation-request][data-case='{caseId}'] a").ClickAsync();
        await court.WaitForURLAsync("**/expediente");
        await Browser.GiveReasonAsync(court);
        await court.Locator("[data-testid=order-kind]").SelectOptionAsync("Cessation");
        await court.ClickAsync("[data-testid=order-apply]");
        await Expect(court.Locator("[data-testid=record]")).ToHaveAttributeAsync("data-status", "Closed");
        await Expect(court.Locator("[data-testid=timeline] li[data-kind='case.ceased']")).ToHaveCountAsync(1);
        await Expect(court.Locator("[data-testid=order-form]")).ToHaveCountAsync(0);
        Assert.Empty(run.Errors);
    }

    [Fact]
    public async Task The_risk_level_sets_the_follow_up_and_the_centre_and_the_police_record_theirs_on_the_case_file()
    {
        await using var run = await ConsoleRun.StartAsync("--Amparo:Demo:Simulate=false");
        var centre = await run.SignInAsync("cem");
        await centre.GotoAsync(new Uri(run.Server.BaseAddress, "casos").ToString());
        var caseLink = await centre.Locator("tr", new PageLocatorOptions { HasText = NearEnd }).Locator("[data-testid=intake-link]").GetAttributeAsync("href");
        var caseId = caseLink!.Split('/')[1];

        // The CEM's FVR says severo (high): a call every 24 h, three rounds a week, a new assessment in seven days.
        var answers = new Dictionary<string, string>();
        foreach (var code in new[] { "1", "2", "2a", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19" })
        {
            answers[code] = new[] { "2", "2a", "3", "4", "6", "9", "12" }.Contains(code) ? "si" : "no";
        }

        var assessed = await centre.APIRequest.PostAsync(new Uri(run.Server.BaseAddress, $"api/cases/{caseId}/risk-assessments").ToString(),
            new APIRequestContextOptions { DataObject = new { instrument = "pe-fvr", version = "2019", institutionName = "CEM Arequipa", answers } });
        Assert.True(assessed.Ok, await assessed.TextAsync());

        var desk = await run.SignInAsync("operador");
        await desk.GotoAsync(new Uri(run.Server.BaseAddress, $"casos/{caseId}/expediente").ToString());
        await Browser.WaitInteractiveAsync(desk);
        var followUp = desk.Locator("[data-testid=follow-up]");
        await Expect(followUp.Locator("[data-testid=follow-up-plan]")).ToContainTextAsync("24 h");
        await Expect(desk.Locator("[data-testid=round-done]")).ToHaveCountAsync(0);
        await desk.FillAsync("[data-testid=follow-up-note]", "Se comunicó sin novedad; el agresor no se acercó.");
        await desk.ClickAsync("[data-testid=call-reached]");
        await Expect(followUp.Locator("[data-testid=follow-up-record][data-outcome=Reached]")).ToHaveCountAsync(1);
        await Expect(desk.Locator("[data-testid=timeline] li[data-kind='followup.call']")).ToHaveCountAsync(1);

        var police = await run.SignInAsync("policia");
        await police.GotoAsync(new Uri(run.Server.BaseAddress, $"casos/{caseId}/expediente").ToString());
        await Browser.WaitInteractiveAsync(police);
        await Expect(police.Locator("[data-testid=call-reached]")).ToHaveCountAsync(0);
        await police.ClickAsync("[data-testid=round-nobody]");
        var round = police.Locator("[data-testid=follow-up-record][data-outcome=NobodyHome]");
        await Expect(round).ToHaveCountAsync(1);
        // The centre's note about her is victim data: the police see that the call was made, not what she said.
        await Expect(police.Locator("[data-testid=follow-up-record][data-outcome=Reached]")).Not.ToContainTextAsync("sin novedad");
        await police.Locator("[data-testid=follow-up]").ScrollIntoViewIfNeededAsync();
        await police.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("17-case-file-follow-up"), FullPage = true });

        await desk.GotoAsync(new Uri(run.Server.BaseAddress, "seguimiento").ToString());
        await Browser.WaitInteractiveAsync(desk);
        await Expect(desk.Locator("[data-testid=follow-up-worklist] h1")).ToBeVisibleAsync();
        await Expect(desk.Locator($"[data-testid=follow-up-line][data-case='{caseId}']")).ToHaveCountAsync(0);
        Assert.Empty(run.Errors);
    }
}
