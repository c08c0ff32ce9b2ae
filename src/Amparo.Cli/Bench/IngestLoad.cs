namespace Amparo.Cli.Bench;

/// <summary>What <c>amparo bench ingest</c> sends: how many trackers for how long, GT06 (a fix a frame) or Teltonika packets of <c>Records</c> fixes.</summary>
public sealed record IngestLoad(int Devices, int Seconds, bool Teltonika, int Records)
{
    public string Protocol => Teltonika ? "teltonika" : "gt06";

    /// <summary>Fixes per frame: GT06 carries one.</summary>
    public int FixesPerFrame => Teltonika ? Records : 1;
}
