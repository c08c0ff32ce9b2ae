using System.Net;
using Amparo.Data.Database;
using Amparo.Server.Tests.Support;
using Amparo.Testing;

namespace Amparo.Server.Tests.App;

/// <summary>Guessing codes is slow: a sixth enrolment attempt within a minute from one address is refused.</summary>
public class AppRateLimitTests
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task More_than_five_enrolment_attempts_a_minute_from_one_address_get_429(DatabaseProvider provider)
    {
        // Its own server with the deployment's limit: the shared one allows the other tests many enrolments.
        await using var server = await TestServer.StartAsync(provider, "--Amparo:App:EnrolAttemptsPerMinute=5");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var attempt = 0; attempt < 6; attempt++)
        {
            last?.Dispose();
            last = await server.Api.PostAsJsonAsync("app/api/enrol", new { code = "ABCD-EFGH", deviceName = "x" });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.BadRequest, 5), HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("Demasiadas", (await AppJson.ProblemAsync(last!)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(last!.Headers.RetryAfter is not null, "429 says when to try again");
        last.Dispose();
    }
}
