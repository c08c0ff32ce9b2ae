using System.Net;
using Amparo.Data.Database;
using Amparo.Server.Tests.Support;
using Amparo.Testing;

namespace Amparo.Server.Tests.Ingest;

/// <summary>One device flooding the OsmAnd port is refused with 429 past its share of the minute; its panic still gets through.</summary>
public class DeviceRateLimitTests
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_device_past_its_frames_a_minute_gets_429_but_its_sos_is_stored(DatabaseProvider provider)
    {
        await using var server = await TestServer.StartAsync(provider, "--Amparo:Listeners:Rate:FramesPerDeviceMinute=3");
        var test = await TestCase.CreateAsync(server);
        var far = test.North(5000);
        var start = DateTime.UtcNow.AddMinutes(-1);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await server.SendAsync(test.AggressorDevice, far.Latitude, far.Longitude, start.AddSeconds(i));
            statuses.Add(response.StatusCode);
        }

        using var sos = await server.SendAsync(test.AggressorDevice, far.Latitude, far.Longitude, start.AddSeconds(10), "&alarm=sos");
        using var other = await server.SendAsync(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, start.AddSeconds(10));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.OK, sos.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(4, await test.PositionCountAsync(server, test.AggressorDevice));
    }
}
