using System.Text.Json;

namespace Amparo.Monitoring.Replay;

/// <summary>A replay scenario as written (see issue 5): a case, its devices' reports, and optionally when to stop the clock.</summary>
public sealed record ScenarioDocument(string? TimeZone, ScenarioCase Case, IReadOnlyList<ScenarioEvent> Events, DateTime? EndAt)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
}

public sealed record ScenarioCase(
    string Id,
    double? DistanceMeters,
    double? PreAlertFactor,
    IReadOnlyList<ScenarioZone>? Zones,
    IReadOnlyDictionary<string, string> Devices,
    ScenarioSettings? Settings);

/// <summary>An exclusion zone, an inclusion zone with a schedule (curfew), or a route corridor with a schedule.</summary>
public sealed record ScenarioZone(
    string Name,
    string Kind,
    double? Lat,
    double? Lon,
    double? RadiusMeters,
    IReadOnlyList<double[]>? Polygon,
    IReadOnlyList<double[]>? Path,
    double? WidthMeters,
    IReadOnlyList<ScenarioWindow>? Schedule);

public sealed record ScenarioWindow(string Days, string From, string To);

/// <summary>Optional per-case thresholds, in minutes and metres.</summary>
public sealed record ScenarioSettings(
    double? ReportIntervalMinutes, double? SignalLossFactor, double? SeparationGraceMinutes, double? GpsLossMinutes, double? HysteresisMeters);

/// <summary>A fix (lat/lon) or a device event (<c>event</c>), at time <c>t</c>, from a device named in the case.</summary>
public sealed record ScenarioEvent(DateTime T, string Device, double? Lat, double? Lon, double? Accuracy, int? Battery, bool? Valid, string? Event);
