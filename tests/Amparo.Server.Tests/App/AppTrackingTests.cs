using System.Net;
using Amparo.Data.Database;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.App;

/// <summary>Her phone is watched for silence only while she tracks with it: otherwise every alert would end in a "silent device" alarm.</summary>
[Collection(ServerCollection.Name)]
public class AppTrackingTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Tracking_mode_gives_her_phone_a_report_interval_and_turning_it_off_takes_it_away(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        using var phone = await AppPhone.EnrolAsync(server, test.Id);
        Assert.Null(await IntervalAsync(server, phone));

        using (var on = await phone.Client.PutAsJsonAsync("app/api/tracking", new { on = true }))
        {
            Assert.Equal(HttpStatusCode.NoContent, on.StatusCode);
        }

        Assert.Equal(60, await IntervalAsync(server, phone));
        using (var off = await phone.Client.PutAsJsonAsync("app/api/tracking", new { on = false }))
        {
            Assert.Equal(HttpStatusCode.NoContent, off.StatusCode);
        }

        Assert.Null(await IntervalAsync(server, phone));
        using var anonymous = await server.Api.PutAsJsonAsync("app/api/tracking", new { on = true });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private static async Task<int?> IntervalAsync(TestServer server, AppPhone phone)
    {
        await using var db = server.Db();
        var deviceId = await db.AppInstallations.Where(i => i.Id == phone.InstallationId).Select(i => i.DeviceId).SingleAsync();
        return await db.Devices.Where(d => d.Id == deviceId).Select(d => d.ReportIntervalSeconds).SingleAsync();
    }
}
