using System.Net;
using Amparo.Ingest.Gt06;

namespace Amparo.Cli.Simulation;

/// <summary>A GT06 tracker: login with its IMEI, then GPS+LBS frames, each acknowledged once stored.</summary>
public sealed class Gt06Client(IPEndPoint server, IPAddress? source, string imei) : TcpTrackerClient(server, source)
{
    private ushort _serial;

    public override bool Acknowledges => true;

    public override async Task SendAsync(DeviceFix fix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fix);
        await Link.WriteAsync(Gt06Encoder.Location(fix.Utc, fix.Latitude, fix.Longitude, (int)Math.Round(fix.SpeedKmh), fix.Course, Next(), fix.Valid), cancellationToken);
        await ReadReplyAsync(cancellationToken);
    }

    protected override async Task LoginAsync(CancellationToken cancellationToken)
    {
        await Link.WriteAsync(Gt06Encoder.Login(imei, Next()), cancellationToken);
        await ReadReplyAsync(cancellationToken);
    }

    /// <summary>A reply: 78 78, its length, then that many bytes and the two of the end mark.</summary>
    private async Task ReadReplyAsync(CancellationToken cancellationToken)
    {
        var header = await Link.ReadExactlyAsync(3, cancellationToken);
        if (header[0] != 0x78 || header[1] != 0x78)
        {
            throw new InvalidDataException("Respuesta GT06 inesperada / unexpected GT06 reply.");
        }

        await Link.ReadExactlyAsync(header[2] + 2, cancellationToken);
    }

    private ushort Next() => _serial = (ushort)(_serial % ushort.MaxValue + 1);
}
