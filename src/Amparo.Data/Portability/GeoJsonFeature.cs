using System.Text.Json;

namespace Amparo.Data.Portability;

/// <summary>
/// The pieces of a GeoJSON feature (RFC 7946): positions as [longitude, latitude] in WGS 84 degrees, instants as
/// ISO 8601 in UTC; the caller writes the feature's properties between <see cref="Properties"/> and <see cref="End"/>.
/// </summary>
internal static class GeoJsonFeature
{
    public static void Start(Utf8JsonWriter writer, string id)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteString("id", id);
    }

    public static void Start(Utf8JsonWriter writer, long id)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "Feature");
        writer.WriteNumber("id", id);
    }

    public static void Point(Utf8JsonWriter writer, double latitude, double longitude)
    {
        writer.WriteStartObject("geometry");
        writer.WriteString("type", "Point");
        writer.WritePropertyName("coordinates");
        Position(writer, latitude, longitude);
        writer.WriteEndObject();
    }

    /// <summary>A LineString through the vertices, given as (latitude, longitude).</summary>
    public static void LineString(Utf8JsonWriter writer, IReadOnlyList<(double Latitude, double Longitude)> vertices)
    {
        writer.WriteStartObject("geometry");
        writer.WriteString("type", "LineString");
        writer.WriteStartArray("coordinates");
        foreach (var (latitude, longitude) in vertices)
        {
            Position(writer, latitude, longitude);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>A Polygon with one ring: closed (the first vertex again at the end) and counterclockwise, as RFC 7946 asks of an exterior ring.</summary>
    public static void Polygon(Utf8JsonWriter writer, IReadOnlyList<(double Latitude, double Longitude)> vertices)
    {
        var ring = vertices.ToList();
        if (ring.Count > 1 && ring[0] == ring[^1])
        {
            ring.RemoveAt(ring.Count - 1);
        }

        if (SignedArea(ring) < 0)
        {
            ring.Reverse();
        }

        writer.WriteStartObject("geometry");
        writer.WriteString("type", "Polygon");
        writer.WriteStartArray("coordinates");
        writer.WriteStartArray();
        foreach (var (latitude, longitude) in ring.Append(ring[0]))
        {
            Position(writer, latitude, longitude);
        }

        writer.WriteEndArray();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void NoGeometry(Utf8JsonWriter writer) => writer.WriteNull("geometry");

    public static void Properties(Utf8JsonWriter writer) => writer.WriteStartObject("properties");

    /// <summary>Closes the properties and the feature.</summary>
    public static void End(Utf8JsonWriter writer)
    {
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    public static bool Placeable(double? latitude, double? longitude) =>
        latitude is { } lat && longitude is { } lon && double.IsFinite(lat) && double.IsFinite(lon) && Math.Abs(lat) <= 90 && Math.Abs(lon) <= 180;

    public static void Instant(Utf8JsonWriter writer, string name, DateTime? value)
    {
        if (value is { } at)
        {
            // ISO 8601 in UTC, the fraction of a second only when there is one: 2026-12-05T01:30:00Z.
            writer.WriteString(name, at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : DateTime.SpecifyKind(at, DateTimeKind.Utc));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number && double.IsFinite(number))
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void Position(Utf8JsonWriter writer, double latitude, double longitude)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(longitude);
        writer.WriteNumberValue(latitude);
        writer.WriteEndArray();
    }

    /// <summary>Twice the ring's area in the plane of (longitude, latitude): positive when counterclockwise.</summary>
    private static double SignedArea(List<(double Latitude, double Longitude)> ring)
    {
        var sum = 0.0;
        for (var i = 0; i < ring.Count; i++)
        {
            var (y1, x1) = ring[i];
            var (y2, x2) = ring[(i + 1) % ring.Count];
            sum += (x1 * y2) - (x2 * y1);
        }

        return sum;
    }
}
