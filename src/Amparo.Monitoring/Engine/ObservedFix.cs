using Amparo.Domain.Geo;
using Amparo.Domain.People;
using Amparo.Domain.Positions;

namespace Amparo.Monitoring.Engine;

/// <summary>A stored position handed to a case's grain, with the alarm the device raised in it, if any.</summary>
[GenerateSerializer, Immutable]
public sealed record ObservedFix(
    [property: Id(0)] PartyRole Role,
    [property: Id(1)] Guid DeviceId,
    [property: Id(2)] DateTime FixTime,
    [property: Id(3)] double Latitude,
    [property: Id(4)] double Longitude,
    [property: Id(5)] double? AccuracyMetres,
    [property: Id(6)] string? DeviceAlarm = null,
    [property: Id(7)] string? RawFrame = null)
{
    public PartyFix ToPartyFix() => new(Role, DeviceId, FixTime, new GeoPoint(Latitude, Longitude), AccuracyMetres);
}
