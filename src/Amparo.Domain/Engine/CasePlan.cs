using Amparo.Domain.Geo;
using Amparo.Domain.Zones;

namespace Amparo.Domain.Engine;

/// <summary>
/// Everything the engine evaluates for one case: where the aggressor may not go (exclusion zones, the zone that
/// moves with the victim), where he must be and when (curfews, allowed routes), the devices of both parties, the
/// case's time zone and thresholds. Built from the court order; the engine never changes it.
/// </summary>
public sealed record CasePlan(
    string CaseLabel,
    GeoPoint ProjectionCentre,
    TimeZoneInfo TimeZone,
    IReadOnlyList<ZoneDefinition> ExclusionZones,
    ProximityRule? Proximity,
    IReadOnlyList<CurfewZone> Curfews,
    IReadOnlyList<RouteCorridor> Routes,
    IReadOnlyList<CaseDevice> Devices,
    EngineSettings Settings);
