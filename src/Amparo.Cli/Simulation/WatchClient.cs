using System.Net;
using Amparo.Ingest.Watch;

namespace Amparo.Cli.Simulation;

/// <summary>A safety watch: a link (LK) answered by the server, then UD reports, which the protocol does not answer.</summary>
public sealed class WatchClient(IPEndPoint server, IPAddress? source, string id) : TcpTrackerClient(server, source)
{
    public override bool Acknowledges => false;

    public override async Task SendAsync(DeviceFix fix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fix);
        await Link.WriteAsync(
            WatchEncoder.Report("UD", id, fix.Utc, fix.Latitude, fix.Longitude, fix.SpeedKmh, fix.Course, fix.Valid, fix.BatteryPercent), cancellationToken);
    }

    protected override async Task LoginAsync(CancellationToken cancellationToken)
    {
        await Link.WriteAsync(WatchEncoder.Link(id, 90), cancellationToken);
        await Link.ReadUntilAsync((byte)']', cancellationToken);
    }
}
