using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net.Sockets;
using Amparo.Data.Database;
using Amparo.Domain.Devices;
using Amparo.Ingest.Intake;
using Amparo.Ingest.Teltonika;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Ingest;

/// <summary>Teltonika over real UDP on 127.0.0.1, on the Teltonika TCP port number.</summary>
[Collection(ServerCollection.Name)]
public class TeltonikaUdpTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    private static async Task<byte[]> ReceiveAsync(UdpClient client)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return (await client.ReceiveAsync(timeout.Token)).Buffer;
    }

    /// <summary>Waits (at most 10 s, so a failure cannot hang the run) until the condition holds.</summary>
    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(50);
        }

        return false;
    }

    private static byte[] Fixes(TestCase test, int count)
    {
        var t = DateTime.UtcNow.AddMinutes(-2);
        t = t.AddTicks(-(t.Ticks % TimeSpan.TicksPerMillisecond));
        var inside = test.North(150);
        return TeltonikaEncoder.Codec8(Enumerable.Range(0, count).Select(i => (t.AddSeconds(30 * i), inside.Latitude, inside.Longitude, 10)).ToList());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_datagram_is_answered_with_its_packet_ids_and_count_after_its_records_are_stored_and_a_resend_is_stored_once(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server, aggressorProtocol: DeviceProtocol.Teltonika);
        using var client = new UdpClient("127.0.0.1", server.TeltonikaPort);
        var datagram = TeltonikaEncoder.Datagram(test.AggressorDevice, 0xCAFE, 0x22, Fixes(test, 3));

        await client.SendAsync(datagram);
        var reply = await ReceiveAsync(client);
        var stored = await test.PositionCountAsync(server, test.AggressorDevice);
        await client.SendAsync(datagram);
        var resent = await ReceiveAsync(client);

        Assert.Equal([0x00, 0x05, 0xCA, 0xFE, 0x01, 0x22, 0x03], reply);
        Assert.Equal(3, stored);
        Assert.Equal(reply, resent);
        Assert.Equal(3, await test.PositionCountAsync(server, test.AggressorDevice));
    }

    [Fact]
    public async Task A_malformed_datagram_and_an_unknown_unit_get_no_reply_and_the_listener_goes_on()
    {
        var server = await servers.GetAsync(DatabaseProvider.Sqlite);
        var test = await TestCase.CreateAsync(server, aggressorProtocol: DeviceProtocol.Teltonika);
        var rejected = new ConcurrentDictionary<string, long>();
        using var meter = RejectionListener(rejected);
        using var client = new UdpClient("127.0.0.1", server.TeltonikaPort);
        var stranger = "35" + Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var malformed = TeltonikaEncoder.Datagram(test.AggressorDevice, 1, 1, Fixes(test, 1));
        malformed[1]++;

        await client.SendAsync(malformed);
        Assert.True(await EventuallyAsync(() => Task.FromResult(rejected.GetValueOrDefault("malformed") >= 1)), "the malformed datagram is counted");
        await client.SendAsync(TeltonikaEncoder.Datagram(stranger, 2, 2, Fixes(test, 1)));
        Assert.True(await EventuallyAsync(async () =>
        {
            await using var db = server.Db();
            return await db.UnknownDevices.AnyAsync(d => d.UniqueId == stranger);
        }), "the unknown unit is listed for a technician");
        await client.SendAsync(TeltonikaEncoder.Datagram(test.AggressorDevice, 3, 3, Fixes(test, 2)));
        var first = await ReceiveAsync(client);

        // Had either of the first two been answered, that reply would have come first.
        Assert.Equal([0x00, 0x05, 0x00, 0x03, 0x01, 0x03, 0x02], first);
        Assert.True(rejected.GetValueOrDefault("unknown_device") >= 1);
        Assert.Equal(2, await test.PositionCountAsync(server, test.AggressorDevice));
    }

    private static MeterListener RejectionListener(ConcurrentDictionary<string, long> counts)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == IngestMetrics.MeterName && instrument.Name == "amparo.ingest.frames_rejected")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var teltonika = false;
            string? reason = null;
            foreach (var tag in tags)
            {
                teltonika |= tag is { Key: "protocol", Value: "teltonika" };
                reason = tag.Key == "reason" ? (string?)tag.Value : reason;
            }

            if (teltonika && reason is not null)
            {
                counts.AddOrUpdate(reason, value, (_, v) => v + value);
            }
        });
        listener.Start();
        return listener;
    }
}
