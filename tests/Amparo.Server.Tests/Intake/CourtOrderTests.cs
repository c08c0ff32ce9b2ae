using System.Net;
using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Server.CourtOrders;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Intake;

[Collection(ServerCollection.Name)]
public class CourtOrderTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-5));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Ten_days_before_the_end_the_court_is_warned_once_an_extension_moves_the_end_and_a_lapsed_term_ends_monitoring(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        var ending = await desk.ActivatedCaseAsync(Today.AddDays(5));
        var watch = server.App.Services.GetRequiredService<ExpiryWatch>();

        await watch.RunOnceAsync(CancellationToken.None);
        await watch.RunOnceAsync(CancellationToken.None);
        Assert.Equal(1, (await desk.TimelineAsync(ending)).Count(k => k == "order.expiry_warned"));
        var queue = (await ApiJson.ReadAsync(await desk.Court.GetAsync("api/cases/expiring"))).EnumerateArray().ToList();
        var listed = Assert.Single(queue);
        Assert.Equal(ending, listed.GetProperty("caseId").GetGuid());
        Assert.Equal(5, listed.GetProperty("daysLeft").GetInt32());
        Assert.True(listed.GetProperty("warned").GetBoolean());

        using (var extension = await desk.Court.PostAsJsonAsync($"api/cases/{ending}/orders", Order("Extension", endsOn: Today.AddMonths(3)), ApiJson.Options))
        {
            await ApiJson.ReadAsync(extension);
        }

        Assert.Empty((await ApiJson.ReadAsync(await desk.Court.GetAsync("api/cases/expiring"))).EnumerateArray());
        await using (var db = server.Db())
        {
            var measures = await db.ProtectionMeasures.Where(m => m.CaseId == ending).ToListAsync();
            Assert.All(measures, m => Assert.Equal(Today.AddMonths(3), m.EndsOn));
        }

        var lapsed = await desk.ActivatedCaseAsync(Today.AddDays(1));
        // Her phone's app is linked to the case that is about to lapse.
        var code = (await ApiJson.ReadAsync(await desk.Operator.PostAsync($"api/cases/{lapsed}/app-enrolments", null))).GetProperty("code").GetString();
        var tokens = await ApiJson.ReadAsync(await server.Api.PostAsJsonAsync("app/api/enrol", new { code, deviceName = "Moto E" }));
        using var herApp = new HttpClient { BaseAddress = server.Api.BaseAddress };
        herApp.DefaultRequestHeaders.Authorization = new("Bearer", tokens.GetProperty("accessToken").GetString());
        (await herApp.GetAsync("app/api/profile")).EnsureSuccessStatusCode();
        await using (var db = server.Db())
        {
            await db.ProtectionMeasures.Where(m => m.CaseId == lapsed).ExecuteUpdateAsync(s => s.SetProperty(m => m.EndsOn, Today.AddDays(-1)));
        }

        await watch.RunOnceAsync(CancellationToken.None);
        await using (var db = server.Db())
        {
            var closed = await db.Cases.SingleAsync(c => c.Id == lapsed);
            Assert.Equal("Closed", closed.Status.ToString());
            Assert.Equal("Expired", closed.Closure.ToString());
            Assert.Equal("Active", (await db.Cases.SingleAsync(c => c.Id == ending)).Status.ToString());
        }

        // Monitoring ended, and at the same instant her app is unlinked rather than left sending alerts that would reach no one.
        var timeline = await desk.TimelineAsync(lapsed);
        Assert.Equal(["app.revoked", "case.closed"], timeline[^2..].Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.Unauthorized, (await herApp.GetAsync("app/api/profile")).StatusCode);
        await using (var db = server.Db())
        {
            var installation = await db.AppInstallations.SingleAsync(i => i.CaseId == lapsed);
            Assert.Equal("El monitoreo del caso terminó.", installation.RevokeReason);
            Assert.False(await db.DeviceAssignments.AnyAsync(a => a.DeviceId == installation.DeviceId && a.RemovedAt == null));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Preventive_prison_suspends_and_release_reincorporates_only_after_the_risk_is_assessed_again(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        var caseId = await desk.ActivatedCaseAsync(Today.AddMonths(6), assessedOn: Today.AddDays(-3));

        (await desk.Court.PostAsJsonAsync($"api/cases/{caseId}/orders", Order("Suspension"), ApiJson.Options)).EnsureSuccessStatusCode();
        Assert.Equal("Suspended", await StatusAsync(server, caseId));
        using (var again = await desk.Court.PostAsJsonAsync($"api/cases/{caseId}/orders", Order("Suspension"), ApiJson.Options))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }

        using (var early = await desk.Court.PostAsJsonAsync($"api/cases/{caseId}/orders", Order("Reincorporation", releasedOn: Today.AddDays(-1)), ApiJson.Options))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
            Assert.Contains("evaluarse de nuevo el riesgo", (await early.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        }

        await desk.AssessAsync(caseId, on: Today);
        (await desk.Court.PostAsJsonAsync($"api/cases/{caseId}/orders", Order("Reincorporation", releasedOn: Today.AddDays(-1)), ApiJson.Options)).EnsureSuccessStatusCode();
        Assert.Equal("Active", await StatusAsync(server, caseId));
        var timeline = await desk.TimelineAsync(caseId);
        Assert.Equal(["case.suspended", "risk.assessed", "case.reincorporated"], timeline.SkipWhile(k => k != "case.suspended").ToList());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_victims_will_ends_monitoring_only_after_the_interview_and_a_variation_resizes_her_zones(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        var caseId = await desk.ActivatedCaseAsync(Today.AddMonths(6));

        (await desk.Court.PostAsJsonAsync($"api/cases/{caseId}/orders", Order("Variation", perimeterMetres: 1_500), ApiJson.Options)).EnsureSuccessStatusCode();
        using (var tooSmall = await desk.Court.PostAsJsonAsync($"api/cases/{caseId}/orders", Order("Variation", perimeterMetres: 400), ApiJson.Options))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tooSmall.StatusCode);
        }

        await using (var db = server.Db())
        {
            Assert.All(await db.Zones.Where(z => z.CaseId == caseId).ToListAsync(), z => Assert.Equal(1_500, z.RadiusMetres));
        }

        using (var withoutInterview = await desk.Court.PostAsJsonAsync($"api/cases/{caseId}/orders", Order("Cessation"), ApiJson.Options))
        {
            Assert.Equal(HttpStatusCode.Conflict, withoutInterview.StatusCode);
        }

        (await desk.Cem.PostAsJsonAsync($"api/cases/{caseId}/interviews",
            new { institution = "Área de la Mujer, Municipalidad de Arequipa", risksExplained = true, wishesToLeave = true, note = "Reconcilió; se le informaron los riesgos." })).EnsureSuccessStatusCode();
        // The interview reaches the court's queue at once; her wish to stay keeps a case off it.
        var listed = (await ApiJson.ReadAsync(await desk.Court.GetAsync("api/cases/cessation-requests"))).EnumerateArray().ToList();
        Assert.Equal(caseId, Assert.Single(listed).GetProperty("caseId").GetGuid());
        Assert.Equal("Área de la Mujer, Municipalidad de Arequipa", listed[0].GetProperty("institution").GetString());
        var staying = await desk.ActivatedCaseAsync(Today.AddMonths(6));
        (await desk.Cem.PostAsJsonAsync($"api/cases/{staying}/interviews",
            new { institution = "CEM Arequipa", risksExplained = true, wishesToLeave = false })).EnsureSuccessStatusCode();
        Assert.Single((await ApiJson.ReadAsync(await desk.Court.GetAsync("api/cases/cessation-requests"))).EnumerateArray());
        (await desk.Court.PostAsJsonAsync($"api/cases/{caseId}/orders", Order("Cessation"), ApiJson.Options)).EnsureSuccessStatusCode();
        Assert.Empty((await ApiJson.ReadAsync(await desk.Court.GetAsync("api/cases/cessation-requests"))).EnumerateArray());
        await using (var db = server.Db())
        {
            var closed = await db.Cases.SingleAsync(c => c.Id == caseId);
            Assert.Equal("Closed", closed.Status.ToString());
            Assert.Equal("VictimWill", closed.Closure.ToString());
        }

        var timeline = await desk.TimelineAsync(caseId);
        Assert.Equal(["measure.varied", "cessation.interview", "case.ceased"], timeline.SkipWhile(k => k != "measure.varied").ToList());
    }

    private static object Order(string kind, DateOnly? endsOn = null, double? perimeterMetres = null, DateOnly? releasedOn = null) => new
    {
        kind, court = "2.º Juzgado de Familia de Arequipa", judge = "Dra. Rosa Quispe", issuedOn = Today, endsOn, perimeterMetres, releasedOn, note = "Resolución N.º 5",
    };

    private static async Task<string> StatusAsync(TestServer server, Guid caseId)
    {
        await using var db = server.Db();
        return (await db.Cases.SingleAsync(c => c.Id == caseId)).Status.ToString();
    }
}
