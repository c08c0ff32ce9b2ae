using System.Text.Json;
using Amparo.Data.Zones;

namespace Amparo.Data.Portability;

/// <summary>
/// <c>geo/zones.geojson</c>: a feature per zone. A circle is its centre as a Point with <c>radius_m</c>; a polygon a
/// Polygon (ring closed); a route a LineString with <c>corridor_m</c>, the half-width of its corridor; a dynamic zone,
/// which moves with the victim, has no geometry (null) and its <c>radius_m</c>.
/// </summary>
internal sealed class ZonesGeoJson : GeoJsonLayer<Zone>
{
    public override string Name => "zones";

    protected override bool Write(Utf8JsonWriter writer, Zone row)
    {
        GeoJsonFeature.Start(writer, row.Id.ToString("D"));
        var shape = Geometry(writer, row);
        GeoJsonFeature.Properties(writer);
        writer.WriteString("case_id", row.CaseId);
        writer.WriteString("name", row.Name);
        writer.WriteString("kind", row.Kind.ToString());
        writer.WriteString("shape", shape);
        if (shape == "route")
        {
            writer.WriteNumber("corridor_m", row.RadiusMetres);
        }
        else if (shape is "circle" or "dynamic")
        {
            writer.WriteNumber("radius_m", row.RadiusMetres);
        }

        writer.WriteNumber("pre_alert_band_m", row.PreAlertBandMetres);
        if (row.ScheduleJson is { } schedule)
        {
            writer.WriteString("schedule", schedule);
        }

        GeoJsonFeature.End(writer);
        return true;
    }

    /// <summary>Writes the zone's geometry and names its shape: circle, polygon, route, dynamic, or none (nothing to draw).</summary>
    private static string Geometry(Utf8JsonWriter writer, Zone zone)
    {
        if (zone.Kind == ZoneKind.Dynamic)
        {
            GeoJsonFeature.NoGeometry(writer);
            return "dynamic";
        }

        if (zone.PolygonJson is { } polygon && Vertices(polygon) is { Count: >= 3 } ring)
        {
            GeoJsonFeature.Polygon(writer, ring);
            return "polygon";
        }

        if (zone.Kind == ZoneKind.Route && zone.PathJson is { } path && Vertices(path) is { Count: >= 2 } line)
        {
            GeoJsonFeature.LineString(writer, line);
            return "route";
        }

        if (GeoJsonFeature.Placeable(zone.CentreLatitude, zone.CentreLongitude))
        {
            GeoJsonFeature.Point(writer, zone.CentreLatitude!.Value, zone.CentreLongitude!.Value);
            return "circle";
        }

        GeoJsonFeature.NoGeometry(writer);
        return "none";
    }

    /// <summary>Stored [[lat, lon], ...]; null when a vertex is not a place (the CSV keeps the text as it was).</summary>
    private static List<(double Latitude, double Longitude)>? Vertices(string json)
    {
        double[][]? points;
        try
        {
            points = JsonSerializer.Deserialize<double[][]>(json);
        }
        catch (JsonException)
        {
            return null;
        }

        if (points is null || points.Any(p => p is not [var lat, var lon] || !GeoJsonFeature.Placeable(lat, lon)))
        {
            return null;
        }

        return points.Select(p => (p[0], p[1])).ToList();
    }
}
