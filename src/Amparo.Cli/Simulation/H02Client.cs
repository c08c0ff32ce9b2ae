using System.Net;
using System.Text;
using Amparo.Ingest.H02;

namespace Amparo.Cli.Simulation;

/// <summary>An H02 tracker: no login; V1 text reports, each answered with V4 once stored.</summary>
public sealed class H02Client(IPEndPoint server, IPAddress? source, string id) : TcpTrackerClient(server, source)
{
    public override bool Acknowledges => true;

    public override async Task SendAsync(DeviceFix fix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fix);
        var report = H02Encoder.TextReport(id, fix.Utc, fix.Latitude, fix.Longitude, fix.SpeedKnots, fix.Course, fix.Valid) + "\r\n";
        await Link.WriteAsync(Encoding.ASCII.GetBytes(report), cancellationToken);
        await Link.ReadUntilAsync((byte)'#', cancellationToken);
    }

    protected override Task LoginAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
