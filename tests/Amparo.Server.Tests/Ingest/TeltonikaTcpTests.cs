using System.Net.Sockets;
using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Domain.Devices;
using Amparo.Ingest.Teltonika;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Ingest;

[Collection(ServerCollection.Name)]
public class TeltonikaTcpTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    private static async Task<byte[]> ReadAsync(NetworkStream stream, int count)
    {
        var buffer = new byte[count];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await stream.ReadExactlyAsync(buffer, timeout.Token);
        return buffer;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_unit_shakes_hands_sends_a_packet_and_a_resend_and_every_record_is_stored_once(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server, aggressorProtocol: DeviceProtocol.Teltonika);
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", server.TeltonikaPort);
        var stream = client.GetStream();
        var t = DateTime.UtcNow.AddMinutes(-2);
        t = t.AddTicks(-(t.Ticks % TimeSpan.TicksPerMillisecond));
        var far = test.North(1500);
        var inside = test.North(150);
        var packet = TeltonikaEncoder.Codec8([(t, far.Latitude, far.Longitude, 50), (t.AddSeconds(30), inside.Latitude, inside.Longitude, 10), (t.AddSeconds(60), inside.Latitude, inside.Longitude, 0)]);

        await stream.WriteAsync(TeltonikaEncoder.Handshake(test.AggressorDevice));
        var accepted = await ReadAsync(stream, 1);
        await stream.WriteAsync(packet);
        var count = await ReadAsync(stream, 4);
        await stream.WriteAsync(packet);
        var resent = await ReadAsync(stream, 4);

        Assert.Equal([0x01], accepted);
        Assert.Equal([0, 0, 0, 3], count);
        Assert.Equal([0, 0, 0, 3], resent);
        Assert.Equal(3, await test.PositionCountAsync(server, test.AggressorDevice));
        using var operador = await server.ClientAsync("operador");
        var entry = Assert.Single(await ApiJson.OpenAlarmsAsync(operador, test.Id), a => a.GetProperty("type").GetString() == "zone_entry");
        // A drive in (1.35 km in 30 s) proves the entry on the second fix inside; the resent records change nothing.
        Assert.Equal(1, entry.GetProperty("triggerCount").GetInt32());
        Assert.Equal(t.AddSeconds(60), entry.GetProperty("raisedAt").GetDateTime().ToUniversalTime(), TimeSpan.FromMilliseconds(1));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_packet_of_buffered_records_is_stored_whole_and_the_live_map_gets_only_the_newest_fix(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server, aggressorProtocol: DeviceProtocol.Teltonika);
        await using var hub = await server.HubAsync("operador");
        var notices = new System.Collections.Concurrent.ConcurrentQueue<JsonElement>();
        hub.On<JsonElement>("position", p => { if (p.GetProperty("caseId").GetGuid() == test.Id) { notices.Enqueue(p); } });
        await hub.StartSubscribedAsync();
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", server.TeltonikaPort);
        var stream = client.GetStream();
        var t = DateTime.UtcNow.AddMinutes(-10);
        t = t.AddTicks(-(t.Ticks % TimeSpan.TicksPerMillisecond));
        var records = Enumerable.Range(0, 40).Select(k => (t.AddSeconds(10 * k), test.North(3_000 - (10 * k)).Latitude, test.North(3_000 - (10 * k)).Longitude, 4)).ToList();

        await stream.WriteAsync(TeltonikaEncoder.Handshake(test.AggressorDevice));
        await ReadAsync(stream, 1);
        await stream.WriteAsync(TeltonikaEncoder.Codec8(records));
        var count = await ReadAsync(stream, 4);

        Assert.Equal([0, 0, 0, 40], count);
        Assert.Equal(40, await test.PositionCountAsync(server, test.AggressorDevice));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (notices.IsEmpty)
        {
            await Task.Delay(50, timeout.Token);
        }

        // Give the hub time to deliver anything more it would send.
        await Task.Delay(500);
        var notice = Assert.Single(notices);
        Assert.Equal(t.AddSeconds(390), notice.GetProperty("fixTime").GetDateTime().ToUniversalTime(), TimeSpan.FromMilliseconds(1));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_unknown_IMEI_is_answered_00_closed_and_listed_for_a_technician(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var imei = "35" + Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", server.TeltonikaPort);
        var stream = client.GetStream();

        await stream.WriteAsync(TeltonikaEncoder.Handshake(imei));
        var refused = await ReadAsync(stream, 1);

        Assert.Equal([0x00], refused);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.Equal(0, await stream.ReadAsync(new byte[1], timeout.Token));
        await using var db = server.Db();
        var unknown = await db.UnknownDevices.SingleAsync(d => d.UniqueId == imei);
        Assert.Equal(DeviceProtocol.Teltonika, unknown.Protocol);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_packet_with_a_wrong_CRC_is_not_acknowledged_and_nothing_is_stored(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server, aggressorProtocol: DeviceProtocol.Teltonika);
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", server.TeltonikaPort);
        var stream = client.GetStream();
        var packet = TeltonikaEncoder.Codec8([(DateTime.UtcNow.AddSeconds(-5), test.Home.Latitude, test.Home.Longitude, 0)]);
        packet[^1] ^= 0x55;

        await stream.WriteAsync(TeltonikaEncoder.Handshake(test.AggressorDevice));
        await ReadAsync(stream, 1);
        await stream.WriteAsync(packet);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var read = await stream.ReadAsync(new byte[4], timeout.Token);
        Assert.Equal(0, read);
        Assert.Equal(0, await test.PositionCountAsync(server, test.AggressorDevice));
        await using var db = server.Db();
        Assert.False(await db.UnknownDevices.AnyAsync(d => d.UniqueId == test.AggressorDevice));
    }
}
