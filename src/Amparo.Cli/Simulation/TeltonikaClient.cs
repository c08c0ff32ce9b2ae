using System.Buffers.Binary;
using System.Net;
using Amparo.Ingest.Teltonika;

namespace Amparo.Cli.Simulation;

/// <summary>A Teltonika unit: the IMEI handshake (answered 01), then codec 8 packets (one fix, or what it buffered) answered with their count.</summary>
public sealed class TeltonikaClient(IPEndPoint server, IPAddress? source, string imei) : TcpTrackerClient(server, source)
{
    public override bool Acknowledges => true;

    public override Task SendAsync(DeviceFix fix, CancellationToken cancellationToken) => SendPacketAsync([fix], cancellationToken);

    /// <summary>One packet of fixes (the last one's battery, course and validity stand for all), and its acknowledgement.</summary>
    public async Task SendPacketAsync(IReadOnlyList<DeviceFix> fixes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fixes);
        var last = fixes[^1];
        var packet = TeltonikaEncoder.Codec8(
            fixes.Select(f => (f.Utc, f.Latitude, f.Longitude, (int)Math.Round(f.SpeedKmh))).ToList(),
            (byte)last.BatteryPercent, satellites: last.Valid ? (byte)9 : (byte)0, last.Course);
        await Link.WriteAsync(packet, cancellationToken);
        var count = BinaryPrimitives.ReadInt32BigEndian(await Link.ReadExactlyAsync(4, cancellationToken));
        if (count != fixes.Count)
        {
            throw new InvalidDataException($"Teltonika: el servidor confirmó {count} registros en vez de {fixes.Count} / acknowledged {count} records, not {fixes.Count}.");
        }
    }

    protected override async Task LoginAsync(CancellationToken cancellationToken)
    {
        await Link.WriteAsync(TeltonikaEncoder.Handshake(imei), cancellationToken);
        if ((await Link.ReadExactlyAsync(1, cancellationToken))[0] != 0x01)
        {
            throw new IOException($"Teltonika: el servidor rechazó el IMEI {imei} / the server refused the IMEI.");
        }
    }
}
