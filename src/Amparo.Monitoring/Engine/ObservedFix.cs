using Amparo.Domain.Geo;
using Amparo.Domain.People;
using Amparo.Domain.Positions;

namespace Amparo.Monitoring.Engine;

/// <summary>A stored position handed to a case's grain.</summary>
[GenerateSerializer, Immutable]
public sealed record ObservedFix(
    [property: Id(0)] PartyRole Role,
    [property: Id(1)] Guid DeviceId,
    [property: Id(2)] DateTime FixTime,
    [property: Id(3)] double Latitude,
    [property: Id(4)] double Longitude,
    [property: Id(5)] double? AccuracyMetres)
{
    public PartyFix ToPartyFix() => new(Role, DeviceId, FixTime, new GeoPoint(Latitude, Longitude), AccuracyMetres);
}
