using System.Net.Sockets;
using Amparo.Data.Database;
using Amparo.Domain.Devices;
using Amparo.Ingest.Gt06;
using Amparo.Server.Tests.Support;
using Amparo.Testing;

namespace Amparo.Server.Tests.Ingest;

/// <summary>
/// A device alarm that comes without a usable fix (a status frame, or GPS not valid) still reaches the centre,
/// located at the party's last known fix, and the device is answered only once the alarm is stored.
/// </summary>
[Collection(ServerCollection.Name)]
public class DeviceAlarmWithoutFixTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_tampering_alarm_in_a_GT06_status_frame_opens_a_device_tamper_alarm_at_the_last_known_fix(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server, aggressorProtocol: DeviceProtocol.Gt06);
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", server.Gt06Port);
        var stream = client.GetStream();
        var at = DateTime.UtcNow.AddSeconds(-30);
        at = at.AddTicks(-(at.Ticks % TimeSpan.TicksPerSecond));
        var far = test.North(4000);

        await stream.WriteAsync(Gt06Encoder.Login(test.AggressorDevice, 1));
        await ReadReplyAsync(stream);
        await stream.WriteAsync(Gt06Encoder.Location(at, far.Latitude, far.Longitude, 10, 90, 2));
        await ReadReplyAsync(stream);
        var tamperFrame = Gt06Encoder.Status(3, alarmCode: 0x13);
        await stream.WriteAsync(tamperFrame);
        var reply = await ReadReplyAsync(stream);

        Assert.Equal(0x13, reply[3]);
        Assert.Equal(1, await test.PositionCountAsync(server, test.AggressorDevice));
        using var operador = await server.ClientAsync("operador");
        var tamper = Assert.Single(await ApiJson.OpenAlarmsAsync(operador, test.Id), a => a.GetProperty("type").GetString() == "device_tamper");
        var evidence = tamper.GetProperty("evidence");
        Assert.True(evidence.GetProperty("fixIsLastKnown").GetBoolean());
        Assert.Equal("tampering", evidence.GetProperty("deviceAlarm").GetString());
        Assert.Equal(Convert.ToHexString(tamperFrame), evidence.GetProperty("rawFrame").GetString());
        Assert.Equal(far.Latitude, evidence.GetProperty("aggressor").GetProperty("latitude").GetDouble(), 1e-6);
        Assert.Contains("sin posición GPS", tamper.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_victims_SOS_with_an_invalid_fix_is_stored_and_still_raises_the_SOS(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        var at = DateTime.UtcNow.AddSeconds(-20);

        var answer = await server.SendAsync(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, at, "&valid=false&alarm=sos");

        Assert.True(answer.IsSuccessStatusCode);
        Assert.Equal(1, await test.PositionCountAsync(server, test.VictimDevice));
        using var operador = await server.ClientAsync("operador");
        var sos = Assert.Single(await ApiJson.OpenAlarmsAsync(operador, test.Id), a => a.GetProperty("type").GetString() == "panic");
        Assert.True(sos.GetProperty("evidence").GetProperty("fixIsLastKnown").GetBoolean());
        Assert.StartsWith("La víctima pulsó el botón de pánico", sos.GetProperty("explanation").GetString(), StringComparison.Ordinal);
    }

    private static async Task<byte[]> ReadReplyAsync(NetworkStream stream)
    {
        var reply = new byte[10];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await stream.ReadExactlyAsync(reply, timeout.Token);
        return reply;
    }
}
