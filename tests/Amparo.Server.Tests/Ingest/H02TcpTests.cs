using System.Net.Sockets;
using System.Text;
using Amparo.Data.Database;
using Amparo.Domain.Devices;
using Amparo.Ingest.H02;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Ingest;

[Collection(ServerCollection.Name)]
public class H02TcpTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_H02_tracker_reports_over_TCP_gets_its_V4_reply_and_raises_the_zone_alarm(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server, aggressorProtocol: DeviceProtocol.H02);
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", server.H02Port);
        var stream = client.GetStream();
        var now = DateTime.UtcNow.AddSeconds(-15);
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        var inside = test.North(300);

        await stream.WriteAsync(Encoding.ASCII.GetBytes(H02Encoder.TextReport(test.AggressorDevice, now, inside.Latitude, inside.Longitude) + "\r\n"));
        var reply = new byte[64];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var read = await stream.ReadAsync(reply, timeout.Token);

        Assert.Matches($"^\\*HQ,{test.AggressorDevice},V4,V1,\\d{{14}}#$", Encoding.ASCII.GetString(reply, 0, read));
        await using var db = server.Db();
        var stored = await (from p in db.Positions join d in db.Devices on p.DeviceId equals d.Id where d.UniqueId == test.AggressorDevice select p).SingleAsync();
        Assert.Equal(now, stored.FixTime);
        Assert.Equal(inside.Latitude, stored.Latitude, 1e-5);
        using var operador = await server.ClientAsync("operador");
        Assert.Contains(await ApiJson.OpenAlarmsAsync(operador, test.Id), a => a.GetProperty("type").GetString() == "zone_entry");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_binary_SOS_report_is_stored_without_a_reply_and_opens_an_SOS_alarm_with_its_frame(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server, aggressorProtocol: DeviceProtocol.H02);
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", server.H02Port);
        var stream = client.GetStream();
        var now = DateTime.UtcNow.AddSeconds(-20);
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        var far = test.North(3000);
        // Status bit 1 low: the SOS flag. Binary reports get no reply, so a V1 follows on the same connection: its
        // reply comes after both are committed, frames being handled in order.
        var sosFrame = H02Encoder.BinaryReport(test.AggressorDevice, now, far.Latitude, far.Longitude, 3, 90, status: 0xFFFFFBFD);
        byte[] both = [.. sosFrame, .. Encoding.ASCII.GetBytes(H02Encoder.TextReport(test.AggressorDevice, now.AddSeconds(5), far.Latitude, far.Longitude) + "\r\n")];

        await stream.WriteAsync(both);
        var reply = new byte[64];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var read = await stream.ReadAsync(reply, timeout.Token);

        Assert.Matches($"^\\*HQ,{test.AggressorDevice},V4,V1,\\d{{14}}#$", Encoding.ASCII.GetString(reply, 0, read));
        await using var db = server.Db();
        var stored = await (from p in db.Positions join d in db.Devices on p.DeviceId equals d.Id where d.UniqueId == test.AggressorDevice orderby p.FixTime select p).ToListAsync();
        Assert.Equal(2, stored.Count);
        Assert.Equal(now, stored[0].FixTime);
        Assert.Equal(far.Latitude, stored[0].Latitude, 1e-5);
        Assert.Equal(3, stored[0].SpeedKnots);
        Assert.Contains("\"alarm\":\"sos\"", stored[0].Attributes, StringComparison.Ordinal);
        Assert.DoesNotContain("\"alarm\"", stored[1].Attributes, StringComparison.Ordinal);
        using var operador = await server.ClientAsync("operador");
        var sos = Assert.Single(await ApiJson.OpenAlarmsAsync(operador, test.Id), a => a.GetProperty("type").GetString() == "panic");
        Assert.Equal("sos", sos.GetProperty("evidence").GetProperty("deviceAlarm").GetString());
        Assert.Equal(Convert.ToHexString(sosFrame), sos.GetProperty("evidence").GetProperty("rawFrame").GetString());
    }
}
