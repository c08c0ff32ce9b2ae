using System.Net;
using Amparo.Data.Alarms;
using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Domain.Alarms;
using Amparo.Server.Tests.Intake;
using Amparo.Server.Tests.Support;
using Amparo.Testing;

namespace Amparo.Server.Tests.ViolenceMap;

[Collection(ServerCollection.Name)]
public class ViolenceMapTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Breaches_of_three_cases_make_a_cell_one_cases_many_breaches_stay_withheld_and_no_point_leaves_the_server(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        var now = DateTime.UtcNow.AddMinutes(-30);
        await using (var db = server.Db())
        {
            MonitoredCase NewCase(int i) => new() { Id = Guid.CreateVersion7(), FileNumber = $"MAP-{Guid.NewGuid():N}"[..20] + i, Court = "Juzgado", JurisdictionId = desk.JurisdictionId, CreatedAt = now };
            var cases = Enumerable.Range(0, 4).Select(NewCase).ToList();
            db.Cases.AddRange(cases);
            // Three cases' aggressors near the same market; the fourth case's twelve breaches all at one home elsewhere.
            for (var i = 0; i < 3; i++)
            {
                db.Alarms.Add(Breach(cases[i].Id, -16.398712 - (i * 0.0002), -71.536911, now));
            }

            for (var i = 0; i < 12; i++)
            {
                // One open alarm per case and zone: the earlier entries were resolved before the next.
                var repeat = Breach(cases[3].Id, -16.431234, -71.512345, now.AddMinutes(i));
                (repeat.State, repeat.ResolvedAt) = i < 11 ? (AlarmState.Resolved, now.AddMinutes(i).AddSeconds(30)) : (AlarmState.New, (DateTime?)null);
                db.Alarms.Add(repeat);
            }

            await db.SaveChangesAsync();
        }

        using var police = await server.ClientAsync(await TestUsers.CreateAsync(server, "policia-" + Guid.NewGuid().ToString("N")[..8], AmparoRoles.Policia, desk.JurisdictionId));
        var query = $"api/violence-map?from={DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1):yyyy-MM-dd}&to={DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1):yyyy-MM-dd}";
        using var response = await police.GetAsync(query);
        var json = await response.Content.ReadAsStringAsync();
        var map = await ApiJson.ReadAsync(await desk.Supervisor.GetAsync(query + "&kinds=breach&cell=1000"));
        using var fine = await desk.Supervisor.GetAsync(query + "&cell=100");
        using var court = await desk.Court.GetAsync(query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cell = Assert.Single(map.GetProperty("cells").EnumerateArray());
        Assert.Equal(3, cell.GetProperty("counts").GetProperty("breach").GetInt32());
        Assert.Equal(3, cell.GetProperty("sources").GetInt32());
        Assert.InRange(-16.398712, cell.GetProperty("south").GetDouble(), cell.GetProperty("north").GetDouble());
        Assert.Equal(1, map.GetProperty("withheldCells").GetInt32());
        Assert.Equal(12, map.GetProperty("withheldEvents").GetInt32());
        Assert.DoesNotContain("16.398712", json, StringComparison.Ordinal);
        Assert.DoesNotContain("16.431234", json, StringComparison.Ordinal);
        Assert.DoesNotContain("71.512345", json, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, fine.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, court.StatusCode);
    }

    private static Alarm Breach(Guid caseId, double latitude, double longitude, DateTime at)
    {
        var evidence = AlarmEvidenceJson.Serialize(new AlarmEvidence("fixed_zone", 1000, 300, 200, new FixEvidence(Guid.NewGuid(), at, latitude, longitude, 8), null, Guid.NewGuid(), "Domicilio"));
        return new Alarm
        {
            Id = Guid.CreateVersion7(), CaseId = caseId, Type = AlarmType.ZoneEntry, Priority = AlarmPriority.Critical, State = AlarmState.New, RaisedAt = at,
            LastTriggeredAt = at, TriggerCount = 1, Evidence = evidence, FirstEvidence = evidence, Explanation = "Ingreso a zona",
        };
    }
}
