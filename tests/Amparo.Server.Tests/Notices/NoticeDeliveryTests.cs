using System.Net;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Data.Institutions;
using Amparo.Domain.Cases;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Notices;

[Collection(ServerCollection.Name)]
public class NoticeDeliveryTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_notice_is_delivered_then_acknowledged_by_its_recipient_and_each_step_is_on_the_timeline(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await NoticeCase.CreateAsync(server);
        var police = await test.InstitutionAsync(server, "Jefatura de Policía de Cayma " + test.Suffix, InstitutionKind.Police);
        var otherPolice = await test.InstitutionAsync(server, "Comisaría vecina " + test.Suffix, InstitutionKind.Police);
        using var court = await server.ClientAsync(test.CourtUser);
        using var recipient = await server.ClientAsync(await test.UserAsync(server, "jefatura-" + test.Suffix, AmparoRoles.Policia, police));
        using var stranger = await server.ClientAsync(await test.UserAsync(server, "vecina-" + test.Suffix, AmparoRoles.Policia, otherPolice));
        var notice = (await ApiJson.ReadAsync(await court.PostAsJsonAsync($"api/cases/{test.Id}/notices",
            new { recipients = new[] { "C" }, institutions = new Dictionary<string, Guid> { ["C"] = police } }))).EnumerateArray().Single();
        var id = notice.GetProperty("id").GetGuid();

        using var early = await recipient.PostAsJsonAsync($"api/notices/{id}/acknowledgement", new { acknowledgedBy = "Comandante Ríos" });
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("debe estar entregado", await early.Content.ReadAsStringAsync());
        using var noChannel = await court.PostAsJsonAsync($"api/notices/{id}/delivery", new { channel = "paloma" });
        Assert.Equal(HttpStatusCode.BadRequest, noChannel.StatusCode);

        var delivered = await ApiJson.ReadAsync(await court.PostAsJsonAsync($"api/notices/{id}/delivery",
            new { channel = "Hand", deliveredBy = "Notificador Pérez", note = "Entregado en mesa de partes" }));
        Assert.Equal("Delivered", delivered.GetProperty("status").GetString());
        Assert.Equal("Hand", delivered.GetProperty("deliveryChannel").GetString());
        Assert.Equal("Notificador Pérez", delivered.GetProperty("deliveredBy").GetString());
        using var twice = await court.PostAsJsonAsync($"api/notices/{id}/delivery", new { channel = "Email" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        using var notTheirs = await stranger.PostAsJsonAsync($"api/notices/{id}/acknowledgement", new { acknowledgedBy = "Alguien" });
        Assert.Equal(HttpStatusCode.Forbidden, notTheirs.StatusCode);
        Assert.Contains("institución destinataria", await notTheirs.Content.ReadAsStringAsync());
        using var courtAck = await court.PostAsJsonAsync($"api/notices/{id}/acknowledgement", new { acknowledgedBy = "Alguien" });
        Assert.Equal(HttpStatusCode.Forbidden, courtAck.StatusCode);
        var acknowledged = await ApiJson.ReadAsync(await recipient.PostAsJsonAsync($"api/notices/{id}/acknowledgement",
            new { acknowledgedBy = "Comandante Ríos", role = "Jefe de la Jefatura", note = "Se dispone la ubicación del agresor" }));
        Assert.Equal("Acknowledged", acknowledged.GetProperty("status").GetString());
        Assert.Equal("Comandante Ríos", acknowledged.GetProperty("acknowledgedBy").GetString());
        Assert.Equal("Jefe de la Jefatura", acknowledged.GetProperty("acknowledgedRole").GetString());

        var listed = (await ApiJson.ReadAsync(await court.GetAsync($"api/cases/{test.Id}/notices"))).EnumerateArray().Single();
        Assert.Equal("Acknowledged", listed.GetProperty("status").GetString());
        Assert.Equal("Jefatura de Policía de Cayma " + test.Suffix, listed.GetProperty("recipientInstitution").GetString());
        await using var db = server.Db();
        var kinds = await db.CaseEvents.Where(e => e.CaseId == test.Id).OrderBy(e => e.At).Select(e => new { e.Kind, e.Actor, e.Note }).ToListAsync();
        Assert.Equal([CaseEventKinds.NoticeIssued, CaseEventKinds.NoticeDelivered, CaseEventKinds.NoticeAcknowledged], kinds.Select(k => k.Kind));
        Assert.Equal([test.CourtUser, test.CourtUser, "jefatura-" + test.Suffix], kinds.Select(k => k.Actor));
        Assert.Equal("Se dispone la ubicación del agresor", kinds[2].Note);
    }
}
