using System.Net;
using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Domain.People;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Alarms;

[Collection(ServerCollection.Name)]
public class AlarmResponseTests(ServerPool servers)
{
    private const string VictimPhone = "+51 959 111 222";
    private const string AggressorPhone = "+51 959 333 444";
    private const string ContactPhone = "+51 959 555 666";

    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Steps_and_calls_on_a_claimed_alarm_show_in_its_detail_record_and_audit(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var (test, alarmId, victimContact) = await ZoneEntryWithPhonesAsync(server);
        using var operador = await server.ClientAsync("operador");
        (await operador.PostAsync($"api/alarms/{alarmId}/claim", null)).EnsureSuccessStatusCode();

        using var step = await operador.PostAsJsonAsync($"api/alarms/{alarmId}/steps", new { step = "call_victim", result = "Done", note = "Está en casa, a salvo." });
        using var skipped = await operador.PostAsJsonAsync($"api/alarms/{alarmId}/steps", new { step = "notify_court", result = "NotApplicable" });
        using var call = await operador.PostAsJsonAsync($"api/alarms/{alarmId}/calls", new { party = "victim", phone = "+51959111222", outcome = "NoAnswer", note = "Primer intento." });
        using var contactCall = await operador.PostAsJsonAsync($"api/alarms/{alarmId}/calls", new { party = "contact", contactId = victimContact, phone = ContactPhone, outcome = "Answered" });
        Assert.Equal(HttpStatusCode.NoContent, step.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, skipped.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, call.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, contactCall.StatusCode);

        using var response = await operador.GetAsync($"api/alarms/{alarmId}");
        var detail = await ApiJson.ReadAsync(response);
        var protocol = detail.GetProperty("protocol");
        Assert.Equal("zone_entry", protocol.GetProperty("type").GetString());
        Assert.False(protocol.GetProperty("custom").GetBoolean());
        var steps = protocol.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("code").GetString()!);
        Assert.Equal("Done", steps["call_victim"].GetProperty("result").GetString());
        Assert.Equal("operador", steps["call_victim"].GetProperty("by").GetString());
        Assert.Equal("Está en casa, a salvo.", steps["call_victim"].GetProperty("note").GetString());
        Assert.Equal("NotApplicable", steps["notify_court"].GetProperty("result").GetString());
        Assert.Equal(JsonValueKind.Null, steps["request_police"].GetProperty("result").ValueKind);
        var record = detail.GetProperty("actions").EnumerateArray()
            .Select(a => (a.GetProperty("kind").GetString(), a.GetProperty("step").GetString(), a.GetProperty("result").GetString(), a.GetProperty("target").GetString()))
            .ToList();
        (string?, string?, string?, string?)[] expected =
        [
            ("Claimed", null, null, null), ("StepRecorded", "call_victim", "Done", null), ("StepRecorded", "notify_court", "NotApplicable", null),
            ("CallAttempt", null, "NoAnswer", "victim +51959111222"), ("CallAttempt", null, "Answered", $"contact Ana Pérez {ContactPhone}"),
        ];
        Assert.Equal(expected, record);
        var victim = Assert.Single(detail.GetProperty("parties").EnumerateArray(), p => p.GetProperty("party").GetString() == "victim");
        Assert.Equal([VictimPhone], victim.GetProperty("phones").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("Hermana", Assert.Single(victim.GetProperty("contacts").EnumerateArray()).GetProperty("relation").GetString());

        using var supervisor = await server.ClientAsync("supervisor");
        using var audit = await supervisor.GetAsync($"api/audit?caseId={test.Id}");
        var events = (await ApiJson.ReadAsync(audit)).EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(2, events.Count(e => e == "alarm.step_recorded"));
        Assert.Equal(2, events.Count(e => e == "alarm.call_logged"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_unclaimed_alarm_an_unknown_step_and_a_number_not_of_that_party_are_refused(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var (_, alarmId, victimContact) = await ZoneEntryWithPhonesAsync(server);
        using var operador = await server.ClientAsync("operador");

        using var unclaimed = await operador.PostAsJsonAsync($"api/alarms/{alarmId}/steps", new { step = "call_victim", result = "Done" });
        using var unclaimedCall = await operador.PostAsJsonAsync($"api/alarms/{alarmId}/calls", new { party = "victim", phone = VictimPhone, outcome = "Answered" });
        (await operador.PostAsync($"api/alarms/{alarmId}/claim", null)).EnsureSuccessStatusCode();
        using var unknownStep = await operador.PostAsJsonAsync($"api/alarms/{alarmId}/steps", new { step = "dance", result = "Done" });
        using var badResult = await operador.PostAsJsonAsync($"api/alarms/{alarmId}/steps", new { step = "call_victim", result = "1" });
        using var foreignPhone = await operador.PostAsJsonAsync($"api/alarms/{alarmId}/calls", new { party = "aggressor", phone = VictimPhone, outcome = "Answered" });
        using var contactOtherPhone = await operador.PostAsJsonAsync($"api/alarms/{alarmId}/calls", new { party = "contact", contactId = victimContact, phone = AggressorPhone, outcome = "Answered" });
        using var noSuchContact = await operador.PostAsJsonAsync($"api/alarms/{alarmId}/calls", new { party = "contact", contactId = Guid.NewGuid(), phone = ContactPhone, outcome = "Answered" });

        Assert.Equal(HttpStatusCode.Conflict, unclaimed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, unclaimedCall.StatusCode);
        foreach (var refused in new[] { unknownStep, badResult, foreignPhone, contactOtherPhone, noSuchContact })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        using var response = await operador.GetAsync($"api/alarms/{alarmId}");
        var kinds = (await ApiJson.ReadAsync(response)).GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("kind").GetString());
        Assert.Equal(["Claimed"], kinds);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_judge_sees_the_alarm_and_the_aggressors_phone_but_not_the_victims_phones_contacts_or_calls(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var (test, alarmId, _) = await ZoneEntryWithPhonesAsync(server);
        var victimId = await PersonAsync(server, test, PartyRole.Victim);
        var judge = await TestUsers.CreateAsync(server, "juzgado.arequipa", AmparoRoles.Juzgado, test.JurisdictionId);
        using var operador = await server.ClientAsync("operador");
        using var judgeClient = await server.ClientAsync(judge);
        (await operador.PostAsync($"api/alarms/{alarmId}/claim", null)).EnsureSuccessStatusCode();
        (await operador.PostAsJsonAsync($"api/alarms/{alarmId}/calls", new { party = "victim", phone = VictimPhone, outcome = "Busy" })).EnsureSuccessStatusCode();

        using var response = await judgeClient.GetAsync($"api/alarms/{alarmId}");
        var body = await response.Content.ReadAsStringAsync();
        var detail = await ApiJson.ReadAsync(response);
        using var contacts = await judgeClient.GetAsync($"api/cases/{test.Id}/people/{victimId}/contacts");
        using var step = await judgeClient.PostAsJsonAsync($"api/alarms/{alarmId}/steps", new { step = "call_victim", result = "Done" });

        var party = Assert.Single(detail.GetProperty("parties").EnumerateArray());
        Assert.Equal("aggressor", party.GetProperty("party").GetString());
        Assert.Equal([AggressorPhone], party.GetProperty("phones").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("victim", Assert.Single(detail.GetProperty("actions").EnumerateArray(), a => a.GetProperty("kind").GetString() == "CallAttempt").GetProperty("target").GetString());
        Assert.DoesNotContain("959 111 222", body, StringComparison.Ordinal);
        Assert.DoesNotContain("959111222", body, StringComparison.Ordinal);
        Assert.DoesNotContain(ContactPhone, body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, contacts.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, step.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Trusted_contacts_are_replaced_as_a_list_in_order_and_an_invalid_list_is_refused(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var victimId = await PersonAsync(server, test, PartyRole.Victim);
        using var operador = await server.ClientAsync("operador");
        var url = $"api/cases/{test.Id}/people/{victimId}/contacts";

        using var first = await operador.PutAsJsonAsync(url, new[] { new { name = "Ana", relation = "Hermana", phone = "+51 959 000 001" } });
        using var invalid = await operador.PutAsJsonAsync(url, new[] { new { name = "", relation = "x", phone = "llámame" } });
        using var second = await operador.PutAsJsonAsync(url, new object[]
        {
            new { name = "Lucía", relation = "Abogada", phone = "054 123456", rank = 2 },
            new { name = "Pedro", relation = (string?)null, phone = "+51 959 000 002", rank = 1 },
        });
        using var wrongCase = await operador.GetAsync($"api/cases/{Guid.NewGuid()}/people/{victimId}/contacts");
        using var list = await operador.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(2, JsonDocument.Parse(await invalid.Content.ReadAsStringAsync()).RootElement.GetProperty("problems").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongCase.StatusCode);
        var contacts = (await ApiJson.ReadAsync(list)).EnumerateArray().Select(c => (c.GetProperty("name").GetString(), c.GetProperty("rank").GetInt32())).ToList();
        Assert.Equal([("Pedro", 1), ("Lucía", 2)], contacts);
    }

    /// <summary>A case whose parties have phones and the victim a trusted contact, with a zone-entry alarm open.</summary>
    private static async Task<(TestCase Test, Guid AlarmId, Guid VictimContact)> ZoneEntryWithPhonesAsync(TestServer server)
    {
        var test = await TestCase.CreateAsync(server);
        await using (var db = server.Db())
        {
            foreach (var person in await db.People.Where(p => p.CaseId == test.Id).ToListAsync())
            {
                person.Phones = [person.Role == PartyRole.Victim ? VictimPhone : AggressorPhone];
            }

            await db.SaveChangesAsync();
        }

        using var operador = await server.ClientAsync("operador");
        var victimId = await PersonAsync(server, test, PartyRole.Victim);
        using var put = await operador.PutAsJsonAsync($"api/cases/{test.Id}/people/{victimId}/contacts",
            new[] { new { name = "Ana Pérez", relation = "Hermana", phone = ContactPhone } });
        var contactId = Assert.Single((await ApiJson.ReadAsync(put)).EnumerateArray()).GetProperty("id").GetGuid();
        var inside = test.North(200);
        (await server.SendAsync(test.AggressorDevice, inside.Latitude, inside.Longitude, DateTime.UtcNow)).EnsureSuccessStatusCode();
        var alarm = Assert.Single(await ApiJson.OpenAlarmsAsync(operador, test.Id), a => a.GetProperty("type").GetString() == "zone_entry");
        return (test, alarm.GetProperty("id").GetGuid(), contactId);
    }

    private static async Task<Guid> PersonAsync(TestServer server, TestCase test, PartyRole role)
    {
        await using var db = server.Db();
        return await db.People.Where(p => p.CaseId == test.Id && p.Role == role).Select(p => p.Id).SingleAsync();
    }
}
