using System.Net;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.FollowUps;
using Amparo.Server.Tests.Intake;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.FollowUps;

/// <summary>The follow-ups a high risk sets (Peru's FVR: a call every 24 h, 3 rounds a week, reassessment in 7 days), owed, done and reminded.</summary>
[Collection(ServerCollection.Name)]
public class FollowUpTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-5));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_high_risk_case_owes_its_call_and_rounds_until_they_are_done_and_an_overdue_assessment_is_reminded_once(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        using var police = await server.ClientAsync(await TestUsers.CreateAsync(server, "comisaria-" + Guid.NewGuid().ToString("N")[..8], AmparoRoles.Policia, desk.JurisdictionId));
        var caseId = await desk.ActivatedCaseAsync(Today.AddMonths(6), assessedOn: Today.AddDays(-8));
        var quiet = await desk.ActivatedCaseAsync(Today.AddMonths(6));

        var plan = (await ApiJson.ReadAsync(await desk.Operator.GetAsync($"api/cases/{caseId}/follow-ups"))).GetProperty("plan");
        Assert.Equal(24, plan.GetProperty("checkInCallEveryHours").GetInt32());
        Assert.Equal(3, plan.GetProperty("policeRoundsPerWeek").GetInt32());
        Assert.Equal(Today.AddDays(-1), DateOnly.Parse(plan.GetProperty("reassessOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture));

        // Monitoring started ten days ago: the first call and the week's three rounds are owed, and the assessment.
        await using (var db = server.Db())
        {
            await db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ActivatedAt, DateTime.UtcNow.AddDays(-10)));
        }

        Assert.Equal(["CheckInCall", "PoliceRounds", "Reassessment"], await DutiesAsync(desk.Operator, caseId));
        var worklist = (await ApiJson.ReadAsync(await desk.Operator.GetAsync("api/follow-ups/due"))).EnumerateArray().ToList();
        Assert.Contains(worklist, l => l.GetProperty("caseId").GetGuid() == caseId);
        Assert.DoesNotContain(worklist, l => l.GetProperty("caseId").GetGuid() == quiet);

        // An unanswered call leaves it owed; one that reached her clears it. The operator may not report a round.
        await RecordAsync(desk.Operator, caseId, new { kind = "CheckInCall", outcome = "NoAnswer" });
        Assert.Contains("CheckInCall", await DutiesAsync(desk.Operator, caseId));
        await RecordAsync(desk.Operator, caseId, new { kind = "CheckInCall", outcome = "Reached", note = "Está tranquila; el agresor no volvió a llamar." });
        Assert.DoesNotContain("CheckInCall", await DutiesAsync(desk.Operator, caseId));
        using (var notPolice = await desk.Operator.PostAsJsonAsync($"api/cases/{caseId}/follow-ups", new { kind = "PoliceRound", outcome = "Done" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, notPolice.StatusCode);
        }

        using (var wrongOutcome = await police.PostAsJsonAsync($"api/cases/{caseId}/follow-ups", new { kind = "PoliceRound", outcome = "Reached" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrongOutcome.StatusCode);
        }

        using (var tooOld = await police.PostAsJsonAsync($"api/cases/{caseId}/follow-ups", new { kind = "PoliceRound", outcome = "Done", at = DateTime.UtcNow.AddDays(-9) }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tooOld.StatusCode);
        }

        await RecordAsync(police, caseId, new { kind = "PoliceRound", outcome = "Done", at = DateTime.UtcNow.AddDays(-2), institution = "Comisaría de Familia" });
        await RecordAsync(police, caseId, new { kind = "PoliceRound", outcome = "NobodyHome", at = DateTime.UtcNow.AddDays(-1) });
        var rounds = (await ApiJson.ReadAsync(await desk.Operator.GetAsync($"api/cases/{caseId}/follow-ups"))).GetProperty("due").EnumerateArray()
            .Single(d => d.GetProperty("duty").GetString() == "PoliceRounds");
        Assert.Equal(1, rounds.GetProperty("missing").GetInt32());
        await RecordAsync(police, caseId, new { kind = "PoliceRound", outcome = "Done" });
        Assert.Equal(["Reassessment"], await DutiesAsync(desk.Operator, caseId));

        // The police see what was done but not the note about her (victim data).
        var seenByPolice = (await ApiJson.ReadAsync(await police.GetAsync($"api/cases/{caseId}/follow-ups"))).GetProperty("recent").EnumerateArray()
            .Single(r => r.GetProperty("outcome").GetString() == "Reached");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, seenByPolice.GetProperty("note").ValueKind);

        var watch = server.App.Services.GetRequiredService<ReassessmentWatch>();
        await watch.RunOnceAsync(CancellationToken.None);
        await watch.RunOnceAsync(CancellationToken.None);
        var timeline = await desk.TimelineAsync(caseId);
        Assert.Equal(1, timeline.Count(k => k == "risk.reassessment_due"));
        Assert.Equal(2, timeline.Count(k => k == "followup.call"));
        Assert.Equal(3, timeline.Count(k => k == "followup.round"));
        Assert.DoesNotContain("risk.reassessment_due", await desk.TimelineAsync(quiet));

        await desk.AssessAsync(caseId, on: Today);
        Assert.Empty(await DutiesAsync(desk.Operator, caseId));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Follow_ups_are_refused_on_a_case_not_being_monitored_and_invisible_outside_the_jurisdiction(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        using var elsewhere = await IntakeDesk.CreateAsync(server);
        var ordered = await desk.RegisterAsync();
        using (var refused = await desk.Operator.PostAsJsonAsync($"api/cases/{ordered}/follow-ups", new { kind = "CheckInCall", outcome = "Reached" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        }

        var due = (await ApiJson.ReadAsync(await desk.Operator.GetAsync($"api/cases/{ordered}/follow-ups"))).GetProperty("due");
        Assert.Equal(0, due.GetArrayLength());
        using (var hidden = await elsewhere.Operator.GetAsync($"api/cases/{ordered}/follow-ups"))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        using (var hiddenPost = await elsewhere.Operator.PostAsJsonAsync($"api/cases/{ordered}/follow-ups", new { kind = "CheckInCall", outcome = "Reached" }))
        {
            Assert.Equal(HttpStatusCode.NotFound, hiddenPost.StatusCode);
        }
    }

    private static async Task RecordAsync(HttpClient client, Guid caseId, object body)
    {
        using var response = await client.PostAsJsonAsync($"api/cases/{caseId}/follow-ups", body);
        await ApiJson.ReadAsync(response);
    }

    private static async Task<List<string>> DutiesAsync(HttpClient client, Guid caseId) =>
        (await ApiJson.ReadAsync(await client.GetAsync($"api/cases/{caseId}/follow-ups"))).GetProperty("due").EnumerateArray()
            .Select(d => d.GetProperty("duty").GetString()!).ToList();
}
