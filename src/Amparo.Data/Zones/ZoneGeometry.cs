using System.Text.Json;
using Amparo.Domain.Geo;
using Amparo.Domain.Zones;

namespace Amparo.Data.Zones;

/// <summary>Turns stored zones into the domain's shapes; polygons are stored as [[lat, lon], ...].</summary>
public static class ZoneGeometry
{
    public static ZoneDefinition ToDefinition(this Zone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ZoneShape shape = zone.PolygonJson is { } json
            ? new PolygonShape(ParsePolygon(json))
            : new CircleShape(
                GeoPoint.Create(zone.CentreLatitude ?? double.NaN, zone.CentreLongitude ?? double.NaN),
                zone.RadiusMetres);
        return new ZoneDefinition(zone.Id, zone.Name, shape, zone.PreAlertBandMetres);
    }

    public static IReadOnlyList<GeoPoint> ParsePolygon(string json) =>
        (JsonSerializer.Deserialize<double[][]>(json) ?? [])
            .Select(v => v.Length == 2 ? GeoPoint.Create(v[0], v[1]) : throw new FormatException("A vertex is [lat, lon]."))
            .ToList();

    public static string SerializePolygon(IEnumerable<GeoPoint> vertices) =>
        JsonSerializer.Serialize(vertices.Select(v => new[] { v.Latitude, v.Longitude }));
}
