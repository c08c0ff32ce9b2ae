using System.Net;
using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Domain.People;
using Amparo.Server.Contacts;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Contacts;

/// <summary>The command the console's contacts editor calls: the API's access rules, validation and audit.</summary>
[Collection(ServerCollection.Name)]
public class ContactCommandsTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Contacts_saved_from_the_console_are_checked_like_the_API_audited_and_callable_at_once(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var (victimId, aggressorId) = await PeopleAsync(server, test);
        var judge = await TestUsers.CreateAsync(server, "juzgado.contactos", AmparoRoles.Juzgado, test.JurisdictionId);
        await using var services = server.App.Services.CreateAsyncScope();
        var commands = services.ServiceProvider.GetRequiredService<ContactCommands>();
        var operador = await ConsoleUsers.ScopeAsync(services.ServiceProvider, "operador");
        var judgeScope = await ConsoleUsers.ScopeAsync(services.ServiceProvider, judge);
        ContactRequest[] broken = [new("", "Vecina", "llámame", null)];
        ContactRequest[] contacts = [new("Rosa Quispe", "Madre", "+51 959 000 303", null), new("Ana Pérez", null, "054 212121", null)];

        var refused = await commands.ReplaceAsync(test.Id, victimId, broken, operador, "10.2.3.4", CancellationToken.None);
        using var client = await server.ClientAsync("operador");
        using var refusedByApi = await client.PutAsJsonAsync($"api/cases/{test.Id}/people/{victimId}/contacts", broken);
        var byJudge = await commands.ReplaceAsync(test.Id, victimId, contacts, judgeScope, "10.2.3.4", CancellationToken.None);
        var aggressorsByJudge = await commands.ReplaceAsync(test.Id, aggressorId, contacts, judgeScope, "10.2.3.4", CancellationToken.None);
        var wrongCase = await commands.ReplaceAsync(Guid.NewGuid(), victimId, contacts, operador, "10.2.3.4", CancellationToken.None);
        var saved = await commands.ReplaceAsync(test.Id, victimId, contacts, operador, "10.2.3.4", CancellationToken.None);

        Assert.Equal(ContactChangeOutcome.Invalid, refused.Outcome);
        Assert.Equal(2, refused.Problems.Count);
        Assert.Equal(JsonDocument.Parse(await refusedByApi.Content.ReadAsStringAsync()).RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!),
            refused.Problems);
        Assert.Equal(ContactChangeOutcome.Forbidden, byJudge.Outcome);
        Assert.Equal(ContactChangeOutcome.Forbidden, aggressorsByJudge.Outcome);
        Assert.Equal(ContactChangeOutcome.NotFound, wrongCase.Outcome);
        Assert.Equal(ContactChangeOutcome.Done, saved.Outcome);
        Assert.Equal([("Rosa Quispe", 1), ("Ana Pérez", 2)], saved.Contacts.Select(c => (c.Name, c.Rank)));
        await using (var db = server.Db())
        {
            var audited = await db.AuditEvents.Where(e => e.SubjectId == victimId.ToString() && e.Action == "trusted_contacts.replaced").ToListAsync();
            var only = Assert.Single(audited);
            Assert.Equal(("operador", "10.2.3.4", test.Id), (only.UserName, only.RemoteAddress, only.CaseId));
        }

        // The contact just added is one the operator may call on the case's alarm.
        var inside = test.North(200);
        (await server.SendAsync(test.AggressorDevice, inside.Latitude, inside.Longitude, DateTime.UtcNow)).EnsureSuccessStatusCode();
        var alarm = Assert.Single(await ApiJson.OpenAlarmsAsync(client, test.Id), a => a.GetProperty("type").GetString() == "zone_entry");
        var alarmId = alarm.GetProperty("id").GetGuid();
        (await client.PostAsync($"api/alarms/{alarmId}/claim", null)).EnsureSuccessStatusCode();
        using var call = await client.PostAsJsonAsync($"api/alarms/{alarmId}/calls",
            new { party = "contact", contactId = saved.Contacts[0].Id, phone = "+51959000303", outcome = "Answered" });
        Assert.Equal(HttpStatusCode.NoContent, call.StatusCode);
    }

    private static async Task<(Guid Victim, Guid Aggressor)> PeopleAsync(TestServer server, TestCase test)
    {
        await using var db = server.Db();
        var people = await db.People.Where(p => p.CaseId == test.Id).ToListAsync();
        return (people.Single(p => p.Role == PartyRole.Victim).Id, people.Single(p => p.Role == PartyRole.Aggressor).Id);
    }
}
