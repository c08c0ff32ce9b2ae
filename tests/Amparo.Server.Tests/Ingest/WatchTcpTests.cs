using System.Net.Sockets;
using System.Text;
using Amparo.Data.Database;
using Amparo.Domain.Devices;
using Amparo.Ingest.Watch;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Ingest;

[Collection(ServerCollection.Name)]
public class WatchTcpTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_safety_watch_links_reports_and_raises_SOS_and_each_reply_follows_the_commit(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server, aggressorProtocol: DeviceProtocol.Watch);
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", server.WatchPort);
        var stream = client.GetStream();
        var at = DateTime.UtcNow.AddSeconds(-30);
        var inside = test.North(200);

        await stream.WriteAsync(WatchEncoder.Link(test.AggressorDevice, 88));
        var link = await ReadFrameAsync(stream);
        await stream.WriteAsync(WatchEncoder.Report("AL", test.AggressorDevice, at, inside.Latitude, inside.Longitude, status: WatchEncoder.SosStatus));
        var alarm = await ReadFrameAsync(stream);

        Assert.Equal($"[3G*{test.AggressorDevice}*0002*LK]", link);
        Assert.Equal($"[3G*{test.AggressorDevice}*0002*AL]", alarm);
        await using var db = server.Db();
        var stored = await (from p in db.Positions join d in db.Devices on p.DeviceId equals d.Id where d.UniqueId == test.AggressorDevice select p).SingleAsync();
        Assert.Equal(inside.Latitude, stored.Latitude, 1e-5);
        Assert.Contains("\"alarm\":\"sos\"", stored.Attributes, StringComparison.Ordinal);
        using var operador = await server.ClientAsync("operador");
        var alarms = await ApiJson.OpenAlarmsAsync(operador, test.Id);
        Assert.Contains(alarms, a => a.GetProperty("type").GetString() == "zone_entry");
        Assert.Contains(alarms, a => a.GetProperty("type").GetString() == "panic" && a.GetProperty("evidence").GetProperty("rawFrame").GetString()!.StartsWith("5B3347", StringComparison.Ordinal));
    }

    private static async Task<string> ReadFrameAsync(NetworkStream stream)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var text = new StringBuilder();
        var one = new byte[1];
        while (await stream.ReadAsync(one, timeout.Token) == 1)
        {
            text.Append((char)one[0]);
            if (one[0] == (byte)']')
            {
                break;
            }
        }

        return text.ToString();
    }
}
