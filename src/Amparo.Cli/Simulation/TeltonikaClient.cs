using System.Buffers.Binary;
using System.Net;
using Amparo.Ingest.Teltonika;

namespace Amparo.Cli.Simulation;

/// <summary>A Teltonika unit: the IMEI handshake (answered 01), then one-record codec 8 packets answered with their count.</summary>
public sealed class TeltonikaClient(IPEndPoint server, IPAddress? source, string imei) : TcpTrackerClient(server, source)
{
    public override bool Acknowledges => true;

    public override async Task SendAsync(DeviceFix fix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fix);
        var packet = TeltonikaEncoder.Codec8(
            [(fix.Utc, fix.Latitude, fix.Longitude, (int)Math.Round(fix.SpeedKmh))], (byte)fix.BatteryPercent, satellites: fix.Valid ? (byte)9 : (byte)0, fix.Course);
        await Link.WriteAsync(packet, cancellationToken);
        var count = BinaryPrimitives.ReadInt32BigEndian(await Link.ReadExactlyAsync(4, cancellationToken));
        if (count != 1)
        {
            throw new InvalidDataException($"Teltonika: el servidor confirmó {count} registros en vez de 1 / acknowledged {count} records, not 1.");
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
