using Amparo.Domain.Geo;

namespace Amparo.Cli.Bench.Engine;

/// <summary>One monitored case of the bench: its file number, the victim's home and its two GT06 trackers.</summary>
public sealed record BenchCase(Guid Id, string FileNumber, GeoPoint Home, string AggressorImei, string VictimImei);
