using System.Globalization;
using System.Text.Json;
using Amparo.Domain.Geo;

namespace Amparo.Server.Geocoding;

/// <summary>
/// Reads a Nominatim <c>/search</c> answer (<c>format=jsonv2</c>, or <c>json</c> with <c>class</c> for the category):
/// an array of places whose <c>lat</c> and <c>lon</c> come as strings. A place with no valid coordinates is dropped.
/// </summary>
public static class NominatimResults
{
    /// <summary>The candidates, at most <paramref name="max"/>, or null when the answer is not a JSON array.</summary>
    public static IReadOnlyList<GeocodeCandidate>? Parse(string json, int max)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var candidates = new List<GeocodeCandidate>();
            foreach (var place in document.RootElement.EnumerateArray())
            {
                if (candidates.Count >= max)
                {
                    break;
                }

                if (place.ValueKind == JsonValueKind.Object && Number(place, "lat") is { } lat && Number(place, "lon") is { } lon && GeoPoint.IsValid(lat, lon))
                {
                    var label = Text(place, "display_name") ?? string.Create(CultureInfo.InvariantCulture, $"{lat:F6}, {lon:F6}");
                    candidates.Add(new GeocodeCandidate(label, lat, lon, Kind(place), Number(place, "importance")));
                }
            }

            return candidates;
        }
    }

    private static string? Kind(JsonElement place)
    {
        var category = Text(place, "category") ?? Text(place, "class");
        var type = Text(place, "type");
        return category is null ? type : type is null ? category : $"{category}/{type}";
    }

    private static string? Text(JsonElement place, string name) =>
        place.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static double? Number(JsonElement place, string name)
    {
        if (!place.TryGetProperty(name, out var value))
        {
            return null;
        }

        var number = value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => (double?)null,
        };
        return number is { } n && double.IsFinite(n) ? n : null;
    }
}
