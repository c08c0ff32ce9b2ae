using System.Net;
using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Domain.Cases;
using Amparo.Domain.Risk;
using Amparo.Server.Risk;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Risk;

[Collection(ServerCollection.Name)]
public class RiskAssessmentApiTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_police_officer_assesses_a_case_and_it_is_kept_with_its_score_level_next_due_date_and_timeline_entry(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var police = await TestUsers.CreateAsync(server, "policia.riesgo", AmparoRoles.Policia, test.JurisdictionId);
        using var client = await server.ClientAsync(police);
        var assessedOn = RiskRequests.Today(daysAgo: 2);

        using var response = await client.PostAsJsonAsync($"api/cases/{test.Id}/risk-assessments", new
        {
            instrument = "pe-fvr", version = "2019", assessedOn, institutionName = "Comisaría de Familia de Arequipa", answers = RiskRequests.FvrSevere(),
        });

        var assessment = await ApiJson.ReadAsync(response);
        Assert.Equal(14, assessment.GetProperty("rawScore").GetInt32());
        Assert.Equal("severo", assessment.GetProperty("finalLevel").GetString());
        Assert.Equal("High", assessment.GetProperty("commonLevel").GetString());
        Assert.Equal("Riesgo severo", assessment.GetProperty("finalLabel").GetProperty("es").GetString());
        Assert.Equal(DateOnly.Parse(assessedOn, System.Globalization.CultureInfo.InvariantCulture).AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            assessment.GetProperty("nextDueOn").GetString());
        Assert.Equal(JsonValueKind.Null, assessment.GetProperty("override").ValueKind);

        await using var db = server.Db();
        var stored = await db.RiskAssessments.SingleAsync(a => a.CaseId == test.Id);
        Assert.Equal(("pe-fvr", "2019", 14, CommonRiskLevel.High), (stored.InstrumentCode, stored.InstrumentVersion, stored.RawScore, stored.CommonLevel));
        Assert.Equal(("Comisaría de Familia de Arequipa", police), (stored.InstitutionName, stored.AssessedBy));
        Assert.Equal("si", JsonSerializer.Deserialize<Dictionary<string, string>>(stored.AnswersJson)!["3"]);
        var entry = await db.CaseEvents.SingleAsync(e => e.CaseId == test.Id && e.Kind == CaseEventKinds.RiskAssessed);
        Assert.Equal(police, entry.Actor);
        var data = JsonDocument.Parse(entry.DataJson!).RootElement;
        Assert.Equal(("pe-fvr", "2019", 14, "severo"),
            (data.GetProperty("instrument").GetString(), data.GetProperty("version").GetString(), data.GetProperty("score").GetInt32(), data.GetProperty("level").GetString()));

        var latest = await server.App.Services.GetRequiredService<RiskReader>().LatestAsync(test.Id, CancellationToken.None);
        Assert.NotNull(latest);
        Assert.Equal((CommonRiskLevel.High, "severo", stored.NextDueOn), (latest.Common, latest.Level, latest.NextDueOn));
        Assert.Equal(1500, latest.Policy!.PreAlertMetres);
        Assert.Null(await server.App.Services.GetRequiredService<RiskReader>().LatestAsync(Guid.NewGuid(), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_assessor_may_raise_the_computed_level_with_a_reason_but_never_lower_it(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        using var supervisor = await server.ClientAsync("supervisor");
        var answers = RiskRequests.FvrSevere();

        using var lowered = await supervisor.PostAsJsonAsync($"api/cases/{test.Id}/risk-assessments", new
        {
            instrument = "pe-fvr", version = "2019", answers, @override = new { level = "moderado", reason = "La víctima minimiza los hechos." },
        });
        using var raised = await supervisor.PostAsJsonAsync($"api/cases/{test.Id}/risk-assessments", new
        {
            instrument = "pe-fvr", version = "2019", answers, @override = new { level = "severo_extremo", reason = "Amenazas tras la denuncia." },
        });

        Assert.Equal(HttpStatusCode.BadRequest, lowered.StatusCode);
        var problem = JsonDocument.Parse(await lowered.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("nunca bajarse", problem.GetProperty("errors").GetProperty("override")[0].GetString(), StringComparison.Ordinal);
        var assessment = await ApiJson.ReadAsync(raised);
        Assert.Equal(("severo", "severo_extremo", "Extreme"), (assessment.GetProperty("computedLevel").GetString(),
            assessment.GetProperty("finalLevel").GetString(), assessment.GetProperty("commonLevel").GetString()));
        var raise = assessment.GetProperty("override");
        Assert.Equal(("severo_extremo", "supervisor", "Amenazas tras la denuncia."),
            (raise.GetProperty("level").GetString(), raise.GetProperty("by").GetString(), raise.GetProperty("reason").GetString()));
        Assert.Equal("Centro de Monitoreo Amparo — Arequipa", assessment.GetProperty("institutionName").GetString());
        await using var db = server.Db();
        Assert.Equal(1, await db.RiskAssessments.CountAsync(a => a.CaseId == test.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Answers_that_do_not_fit_the_form_are_refused_in_spanish_and_nothing_is_kept(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        using var supervisor = await server.ClientAsync("supervisor");
        var answers = RiskRequests.FvrYes("3");
        answers.Remove("17");
        answers["99"] = "si";

        using var response = await supervisor.PostAsJsonAsync($"api/cases/{test.Id}/risk-assessments", new { instrument = "pe-fvr", version = "2019", answers });
        using var unknown = await supervisor.PostAsJsonAsync($"api/cases/{test.Id}/risk-assessments", new { instrument = "pe-fvr", version = "2031", answers });
        using var future = await supervisor.PostAsJsonAsync($"api/cases/{test.Id}/risk-assessments",
            new { instrument = "pe-fvr", version = "2019", assessedOn = RiskRequests.Today(daysAgo: -3), answers = RiskRequests.FvrYes() });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problems = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("answers")
            .EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains("Falta la respuesta a la pregunta «17».", problems);
        Assert.Contains("La pregunta «99» no existe en pe-fvr 2019.", problems);
        Assert.Contains("La pregunta «3» no se aplica con la respuesta dada a «2a»: no debe responderse.", problems);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("no tiene la versión «2031»", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains("posterior a hoy", await future.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = server.Db();
        Assert.False(await db.RiskAssessments.AnyAsync(a => a.CaseId == test.Id));
        Assert.False(await db.CaseEvents.AnyAsync(e => e.CaseId == test.Id && e.Kind == CaseEventKinds.RiskAssessed));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Another_jurisdiction_gets_404_a_technician_may_not_read_and_an_operator_may_not_assess(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var cusco = await TestUsers.JurisdictionAsync(server, "Cusco");
        using var cuscoPolice = await server.ClientAsync(await TestUsers.CreateAsync(server, "policia.cusco", AmparoRoles.Policia, cusco));
        using var technician = await server.ClientAsync(await TestUsers.CreateAsync(server, "tecnico.riesgo", AmparoRoles.Tecnico, test.JurisdictionId));
        using var operador = await server.ClientAsync("operador");
        var body = new { instrument = "pe-fvr", version = "2019", institutionName = "Comisaría", answers = RiskRequests.FvrYes() };

        using var foreignPost = await cuscoPolice.PostAsJsonAsync($"api/cases/{test.Id}/risk-assessments", body);
        using var foreignGet = await cuscoPolice.GetAsync($"api/cases/{test.Id}/risk-assessments");
        using var technicianGet = await technician.GetAsync($"api/cases/{test.Id}/risk-assessments");
        using var operatorPost = await operador.PostAsJsonAsync($"api/cases/{test.Id}/risk-assessments", body);
        using var operatorGet = await operador.GetAsync($"api/cases/{test.Id}/risk-assessments");

        Assert.Equal(HttpStatusCode.NotFound, foreignPost.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreignGet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, technicianGet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, operatorPost.StatusCode);
        Assert.Empty((await ApiJson.ReadAsync(operatorGet)).EnumerateArray());
    }
}
