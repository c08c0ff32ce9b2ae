using Amparo.Domain.Geo;
using Amparo.Domain.Zones;

namespace Amparo.Domain.Monitoring;

/// <summary>
/// What a court ordered for one case, in the form the engine evaluates: the fixed zones, the zone that moves
/// with the victim (absent when only places are protected), and the point the case's metric plane is centred on.
/// </summary>
public sealed record CaseRules(GeoPoint ProjectionCentre, IReadOnlyList<ZoneDefinition> FixedZones, ProximityRule? Proximity);
