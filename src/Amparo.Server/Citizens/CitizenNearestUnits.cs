using Amparo.Data.Institutions;
using Amparo.Data.Police;
using Amparo.Domain.Geo;
using Amparo.Server.Dispatch;

namespace Amparo.Server.Citizens;

/// <summary>The available police units of the municipality (and below it) with a known position nearest to a citizen.</summary>
public sealed class CitizenNearestUnits(JurisdictionScope jurisdictions, PoliceUnitStore units, TimeProvider time)
{
    public const int Count = 3;

    public async Task<IReadOnlyList<NearestPoliceUnit>> FindAsync(Guid jurisdictionId, double latitude, double longitude, CancellationToken cancellationToken)
    {
        var near = new GeoPoint(latitude, longitude);
        var projection = new LocalProjection(near);
        var visible = await jurisdictions.VisibleFromAsync(jurisdictionId, cancellationToken) ?? new HashSet<Guid> { jurisdictionId };
        var now = time.GetUtcNow().UtcDateTime;
        return (await units.AvailableInAsync(visible, cancellationToken))
            .Select(u => new NearestPoliceUnit(u.CallSign, u.Latitude!.Value, u.Longitude!.Value,
                Math.Round(projection.DistanceMetres(near, new GeoPoint(u.Latitude.Value, u.Longitude.Value)), 1),
                u.ReportedAt ?? now, Math.Max(0, Math.Round((now - (u.ReportedAt ?? now)).TotalSeconds))))
            .OrderBy(u => u.DistanceMetres)
            .Take(Count)
            .ToList();
    }
}
