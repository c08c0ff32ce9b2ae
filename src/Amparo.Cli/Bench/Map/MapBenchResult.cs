using System.Text.Json.Serialization;

namespace Amparo.Cli.Bench.Map;

/// <summary>The one JSON line <c>amparo bench map</c> prints.</summary>
public sealed record MapBenchResult(
    [property: JsonPropertyName("devices")] int Devices,
    [property: JsonPropertyName("markers")] int Markers,
    [property: JsonPropertyName("desk_load_ms")] double DeskLoadMilliseconds,
    [property: JsonPropertyName("clusters_drawn")] int ClustersDrawn,
    [property: JsonPropertyName("all_layers")] MapMotionFigures AllLayers,
    [property: JsonPropertyName("zones_off")] MapMotionFigures ZonesOff);
