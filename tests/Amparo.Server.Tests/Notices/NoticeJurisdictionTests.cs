using System.Net;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.Tests.Support;
using Amparo.Testing;

namespace Amparo.Server.Tests.Notices;

[Collection(ServerCollection.Name)]
public class NoticeJurisdictionTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Another_jurisdictions_court_finds_neither_the_case_nor_its_notices_nor_its_reports(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await NoticeCase.CreateAsync(server);
        using var court = await server.ClientAsync(test.CourtUser);
        var notice = (await ApiJson.ReadAsync(await court.PostAsJsonAsync($"api/cases/{test.Id}/notices", new { recipients = new[] { "F" } }))).EnumerateArray().Single();
        var noticeId = notice.GetProperty("id").GetGuid();
        var report = await ApiJson.ReadAsync(await court.PostAsJsonAsync($"api/cases/{test.Id}/reports/occurrences",
            new { from = DateTime.UtcNow.AddDays(-1), to = DateTime.UtcNow }));
        var reportId = report.GetProperty("id").GetGuid();
        var elsewhere = await TestUsers.JurisdictionAsync(server, "Otra jurisdicción " + test.Suffix);
        using var other = await server.ClientAsync(await TestUsers.CreateAsync(server, "juzgado-otro-" + test.Suffix, AmparoRoles.Juzgado, elsewhere));

        foreach (var response in new[]
        {
            await other.GetAsync($"api/cases/{test.Id}/notices"),
            await other.PostAsJsonAsync($"api/cases/{test.Id}/notices", new { }),
            await other.GetAsync($"api/notices/{noticeId}/pdf"),
            await other.PostAsJsonAsync($"api/notices/{noticeId}/delivery", new { channel = "Hand" }),
            await other.PostAsJsonAsync($"api/notices/{noticeId}/acknowledgement", new { acknowledgedBy = "X" }),
            await other.PostAsJsonAsync($"api/cases/{test.Id}/reports/occurrences", new { from = DateTime.UtcNow.AddDays(-1), to = DateTime.UtcNow }),
            await other.GetAsync($"api/cases/{test.Id}/reports/occurrences"),
            await other.GetAsync($"api/reports/{reportId}/pdf"),
        })
        {
            using (response)
            {
                Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.Contains("fuera de su jurisdicción", await response.Content.ReadAsStringAsync());
            }
        }

        using var own = await court.GetAsync($"api/notices/{noticeId}/pdf");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }
}
