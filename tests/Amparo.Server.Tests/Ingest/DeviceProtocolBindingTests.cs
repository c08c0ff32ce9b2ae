using System.Net;
using Amparo.Data.Database;
using Amparo.Domain.Devices;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Ingest;

/// <summary>A tracker's identifier is not a password: heard over another protocol than its own, it is refused.</summary>
[Collection(ServerCollection.Name)]
public class DeviceProtocolBindingTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_gt06_trackers_identifier_sent_over_osmand_is_refused_and_listed_as_unknown(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server, aggressorProtocol: DeviceProtocol.Gt06);
        var far = test.North(5000);

        using var spoofed = await server.SendAsync(test.AggressorDevice, far.Latitude, far.Longitude, DateTime.UtcNow);
        using var genuine = await server.SendAsync(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, DateTime.UtcNow);

        Assert.Equal(HttpStatusCode.BadRequest, spoofed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        Assert.Equal(0, await test.PositionCountAsync(server, test.AggressorDevice));
        await using var db = server.Db();
        var listed = await db.UnknownDevices.SingleAsync(d => d.UniqueId == test.AggressorDevice);
        Assert.Equal(DeviceProtocol.OsmAnd, listed.Protocol);
    }
}
