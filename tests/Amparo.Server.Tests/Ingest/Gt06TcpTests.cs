using System.Net.Sockets;
using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Domain.Devices;
using Amparo.Ingest.Gt06;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Ingest;

[Collection(ServerCollection.Name)]
public class Gt06TcpTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    private static async Task<byte[]> ReadReplyAsync(NetworkStream stream)
    {
        var reply = new byte[10];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await stream.ReadExactlyAsync(reply, timeout.Token);
        return reply;
    }

    private static async Task<bool> ClosedByServerAsync(NetworkStream stream)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            return await stream.ReadAsync(new byte[1], timeout.Token) == 0;
        }
        catch (IOException)
        {
            return true;
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_tracker_logs_in_sends_positions_and_an_SOS_and_each_reply_comes_after_the_commit(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server, aggressorProtocol: DeviceProtocol.Gt06);
        await using var hub = await server.HubAsync("operador");
        var entry = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.On<JsonElement>("alarm", a =>
        {
            if (a.GetProperty("caseId").GetGuid() == test.Id && a.GetProperty("type").GetString() == "zone_entry")
            {
                entry.TrySetResult(a);
            }
        });
        await hub.StartSubscribedAsync();
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", server.Gt06Port);
        var stream = client.GetStream();
        var now = DateTime.UtcNow.AddSeconds(-20);
        now = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        // Walking in (under 2.5 m/s between fixes): the first fix inside by more than its accuracy proves the entry.
        var far = test.North(700);
        var inside = test.North(250);

        await stream.WriteAsync(Gt06Encoder.Login(test.AggressorDevice, 1));
        var loginReply = await ReadReplyAsync(stream);
        await stream.WriteAsync(Gt06Encoder.Location(now, far.Latitude, far.Longitude, 30, 180, 2));
        var firstReply = await ReadReplyAsync(stream);
        Assert.Equal(1, await test.PositionCountAsync(server, test.AggressorDevice));
        var sosFrame = Gt06Encoder.Alarm(now.AddMinutes(4), inside.Latitude, inside.Longitude, 0x01, 3);
        await stream.WriteAsync(sosFrame);
        var alarmReply = await ReadReplyAsync(stream);

        // The reply the corpus README gives for a login with serial 0001.
        Assert.Equal("787805010001D9DC0D0A", Convert.ToHexString(loginReply));
        Assert.Equal(0x12, firstReply[3]);
        Assert.Equal(0x16, alarmReply[3]);
        Assert.Equal(3, alarmReply[5]);
        await using var db = server.Db();
        var stored = await (from p in db.Positions join d in db.Devices on p.DeviceId equals d.Id where d.UniqueId == test.AggressorDevice orderby p.FixTime select p).ToListAsync();
        Assert.Equal(2, stored.Count);
        Assert.Equal(far.Latitude, stored[0].Latitude, 1e-6);
        Assert.Equal(now, stored[0].FixTime);
        Assert.Contains("\"alarm\":\"sos\"", stored[1].Attributes, StringComparison.Ordinal);
        var alarm = await entry.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(250, alarm.GetProperty("evidence").GetProperty("distanceMetres").GetDouble(), 2.0);
        using var operador = await server.ClientAsync("operador");
        var sos = Assert.Single(await ApiJson.OpenAlarmsAsync(operador, test.Id), a => a.GetProperty("type").GetString() == "panic");
        Assert.Equal(1, sos.GetProperty("priority").GetInt32());
        Assert.Equal("sos", sos.GetProperty("evidence").GetProperty("deviceAlarm").GetString());
        Assert.Equal(Convert.ToHexString(sosFrame), sos.GetProperty("evidence").GetProperty("rawFrame").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_unknown_tracker_is_refused_and_listed_for_a_technician(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var imei = "86" + Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", server.Gt06Port);
        var stream = client.GetStream();

        await stream.WriteAsync(Gt06Encoder.Login(imei, 1));

        Assert.True(await ClosedByServerAsync(stream));
        await using var db = server.Db();
        var listed = await db.UnknownDevices.SingleAsync(d => d.UniqueId == imei);
        Assert.Equal(DeviceProtocol.Gt06, listed.Protocol);
        Assert.Equal("127.0.0.1", listed.LastAddress);
        Assert.Equal(1, listed.Attempts);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_corrupt_frame_closes_only_its_own_connection(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server, aggressorProtocol: DeviceProtocol.Gt06);
        using var good = new TcpClient();
        using var bad = new TcpClient();
        await good.ConnectAsync("127.0.0.1", server.Gt06Port);
        await bad.ConnectAsync("127.0.0.1", server.Gt06Port);
        await good.GetStream().WriteAsync(Gt06Encoder.Login(test.AggressorDevice, 1));
        await ReadReplyAsync(good.GetStream());
        await bad.GetStream().WriteAsync(Gt06Encoder.Login(test.AggressorDevice, 1));
        await ReadReplyAsync(bad.GetStream());

        var corrupt = Gt06Encoder.Location(DateTime.UtcNow, test.Home.Latitude, test.Home.Longitude, 0, 0, 2);
        corrupt[10] ^= 0xFF;
        await bad.GetStream().WriteAsync(corrupt);
        await bad.GetStream().WriteAsync(new byte[] { 0x12, 0x34, 0x56, 0x78, 0x9A });
        var far = test.North(5000);
        await good.GetStream().WriteAsync(Gt06Encoder.Location(DateTime.UtcNow.AddSeconds(-1), far.Latitude, far.Longitude, 0, 0, 2));

        Assert.True(await ClosedByServerAsync(bad.GetStream()));
        Assert.Equal(0x12, (await ReadReplyAsync(good.GetStream()))[3]);
        Assert.Equal(1, await test.PositionCountAsync(server, test.AggressorDevice));
    }

    [Fact]
    public async Task A_connection_silent_longer_than_the_idle_timeout_is_closed()
    {
        var server = await servers.GetAsync(DatabaseProvider.Sqlite);
        var test = await TestCase.CreateAsync(server, aggressorProtocol: DeviceProtocol.Gt06);
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", server.Gt06Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Gt06Encoder.Login(test.AggressorDevice, 1));
        await ReadReplyAsync(stream);
        var silent = System.Diagnostics.Stopwatch.StartNew();

        Assert.True(await ClosedByServerAsync(stream));
        Assert.InRange(silent.Elapsed.TotalSeconds, 4, 10);
    }
}
