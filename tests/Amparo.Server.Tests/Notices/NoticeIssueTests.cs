using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Domain.Cases;
using Amparo.Domain.Notices;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Notices;

[Collection(ServerCollection.Name)]
public class NoticeIssueTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    /// <summary>Each recipient's title and its purpose, in seed 002's words.</summary>
    private static readonly Dictionary<string, (string Title, string Purpose)> Recipients = new()
    {
        ["A"] = ("Área de Género municipal", "que acompaña a la persona en situación de violencia y quien tiene en custodia los dispositivos duales electrónicos en el territorio"),
        ["B"] = ("Dispositivo socioeducativo para el trabajo de masculinidades", "para la asistencia obligatoria del agresor"),
        ["C"] = ("Jefatura Departamental de Policía", "a los fines de localizar al agresor y hacer entrega y colocación del dispositivo rastreador y tobillera respectivamente"),
        ["D"] = ("Dirección de Violencia de la Subdirección General de Supervisión Electrónica", "a los fines de activar los dispositivos duales electrónicos y dar inicio al correspondiente monitoreo"),
        ["E"] = ("Dirección de Enlace Territorial en Situaciones de Alto Riesgo y Casos Críticos", "que coordina el Programa"),
        ["F"] = ("Superintendencia de Políticas de Género", "para la toma de conocimiento"),
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_six_notices_are_numbered_in_sequence_and_each_carries_its_recipient_its_purpose_and_only_the_victim_data_it_may(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await NoticeCase.CreateAsync(server);
        var police = await test.InstitutionAsync(server, "Comisaría de Cayma " + test.Suffix, Data.Institutions.InstitutionKind.Police);
        using var court = await server.ClientAsync(test.CourtUser);

        var issued = (await ApiJson.ReadAsync(await court.PostAsJsonAsync($"api/cases/{test.Id}/notices", new { }))).EnumerateArray().ToList();

        Assert.Equal(["A", "B", "C", "D", "E", "F"], issued.Select(n => n.GetProperty("recipient").GetString()));
        var year = DateTime.UtcNow.Year;
        var code = NoticeNumber.CourtCode(test.Court);
        Assert.StartsWith("SJFC", code);
        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"{i}-{year}-{code}"), issued.Select(n => n.GetProperty("number").GetString()));
        Assert.All(issued, n => Assert.Equal("Issued", n.GetProperty("status").GetString()));
        Assert.Equal(police, issued[2].GetProperty("recipientInstitutionId").GetGuid());
        using var policeUser = await server.ClientAsync(await test.UserAsync(server, "policia-" + test.Suffix, AmparoRoles.Policia, police));
        foreach (var notice in issued)
        {
            var letter = notice.GetProperty("recipient").GetString()!;
            var bytes = await PdfAsync(court, notice);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), notice.GetProperty("sha256").GetString());
            var text = PdfText.Of(bytes);
            Assert.Contains(test.Court, text);
            Assert.Contains(test.Case.FileNumber, text);
            Assert.Contains("OFICIO N.º " + notice.GetProperty("number").GetString(), text);
            Assert.Contains(test.Judge, text);
            Assert.Contains(Recipients[letter].Title, text);
            Assert.Contains(Recipients[letter].Purpose, text);
            Assert.Contains(test.AggressorName, text);
            Assert.Contains("1,000 metros lineales", text);
            Assert.Contains("Impedimento de acercamiento", text);
            Assert.Equal(letter is "A" or "D", text.Contains(test.VictimAddress, StringComparison.Ordinal));
            Assert.Equal(letter is "A" or "D" or "E", text.Contains(test.VictimName, StringComparison.Ordinal));
            Assert.Equal(letter is "B" or "C" or "D", text.Contains(test.AggressorAddress, StringComparison.Ordinal));
            // The police may read the notices that carry nothing of hers, and no other.
            using var asPolice = await policeUser.GetAsync($"api/notices/{notice.GetProperty("id").GetGuid()}/pdf");
            Assert.Equal(letter is "A" or "D" or "E" ? HttpStatusCode.Forbidden : HttpStatusCode.OK, asPolice.StatusCode);
        }

        Assert.Contains("Comisaría de Cayma " + test.Suffix, PdfText.Of(await PdfAsync(court, issued[2])));
        await using (var db = server.Db())
        {
            var stored = await db.Notices.Where(n => n.CaseId == test.Id).Join(db.StoredFiles, n => n.FileId, f => f.Id, (n, f) => new { n.Sha256, Stored = f.Sha256, f.CaseId }).ToListAsync();
            Assert.Equal(6, stored.Count);
            Assert.All(stored, s => Assert.Equal(s.Sha256, s.Stored));
            Assert.Equal(6, await db.CaseEvents.CountAsync(e => e.CaseId == test.Id && e.Kind == CaseEventKinds.NoticeIssued));
        }

        using var again = await court.PostAsJsonAsync($"api/cases/{test.Id}/notices", new { recipients = new[] { "C" } });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("ya tiene oficios para: C", await again.Content.ReadAsStringAsync());
        var reissued = (await ApiJson.ReadAsync(await court.PostAsJsonAsync($"api/cases/{test.Id}/notices", new { recipients = new[] { "c" }, reissue = true }))).EnumerateArray().Single();
        Assert.Equal($"7-{year}-{code}", reissued.GetProperty("number").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Notices_of_one_court_issued_at_once_for_two_cases_take_distinct_numbers_in_sequence(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var first = await NoticeCase.CreateAsync(server);
        var second = await NoticeCase.CreateAsync(server, first.Court);
        await using (var scope = server.App.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<Setup.UserProvisioner>()
                .EnsureAsync("admin-" + first.Suffix, "Administración nacional", AmparoRoles.Administrador, null, null, TestServer.Password);
            Assert.True(created.Succeeded);
        }

        using var admin = await server.ClientAsync("admin-" + first.Suffix);

        var responses = await Task.WhenAll(
            admin.PostAsJsonAsync($"api/cases/{first.Id}/notices", new { }),
            admin.PostAsJsonAsync($"api/cases/{second.Id}/notices", new { }));

        var numbers = new List<string>();
        foreach (var response in responses)
        {
            numbers.AddRange((await ApiJson.ReadAsync(response)).EnumerateArray().Select(n => n.GetProperty("number").GetString()!));
            response.Dispose();
        }

        var code = NoticeNumber.CourtCode(first.Court);
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"{i}-{DateTime.UtcNow.Year}-{code}"), numbers.OrderBy(n => int.Parse(n.Split('-')[0], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Only_the_court_or_the_supervision_issues_notices_and_a_case_without_order_has_none(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await NoticeCase.CreateAsync(server);
        using var operador = await server.ClientAsync(await test.UserAsync(server, "operador-" + test.Suffix, AmparoRoles.Operador, null));

        using var refused = await operador.PostAsJsonAsync($"api/cases/{test.Id}/notices", new { });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("es solo para Administrador, Supervisor, Juzgado", await refused.Content.ReadAsStringAsync());

        using var court = await server.ClientAsync(test.CourtUser);
        using var unknown = await court.PostAsJsonAsync($"api/cases/{test.Id}/notices", new { recipients = new[] { "G" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Destinatario desconocido", await unknown.Content.ReadAsStringAsync());

        var bare = await TestCase.CreateAsync(server, jurisdiction: "Jurisdicción " + test.Suffix);
        using var none = await court.PostAsJsonAsync($"api/cases/{bare.Id}/notices", new { });
        Assert.Equal(HttpStatusCode.Conflict, none.StatusCode);
        Assert.Contains("no tiene una orden judicial", await none.Content.ReadAsStringAsync());
    }

    private static async Task<byte[]> PdfAsync(HttpClient client, JsonElement notice)
    {
        using var response = await client.GetAsync($"api/notices/{notice.GetProperty("id").GetGuid()}/pdf");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
