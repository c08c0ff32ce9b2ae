using System.Text.Json;
using Amparo.Data.People;

namespace Amparo.Data.Portability;

/// <summary><c>geo/case-addresses.geojson</c>: a Point per address placed on the map; one not yet placed has no feature.</summary>
internal sealed class CaseAddressesGeoJson : GeoJsonLayer<CaseAddress>
{
    public override string Name => "case-addresses";

    protected override bool Write(Utf8JsonWriter writer, CaseAddress row)
    {
        if (!GeoJsonFeature.Placeable(row.Latitude, row.Longitude))
        {
            return false;
        }

        GeoJsonFeature.Start(writer, row.Id.ToString("D"));
        GeoJsonFeature.Point(writer, row.Latitude!.Value, row.Longitude!.Value);
        GeoJsonFeature.Properties(writer);
        writer.WriteString("case_id", row.CaseId);
        writer.WriteString("person_id", row.PersonId);
        writer.WriteString("role", row.Role.ToString());
        writer.WriteString("kind", row.Kind.ToString());
        writer.WriteString("text", row.Text);
        writer.WriteBoolean("protected", row.Protected);
        writer.WriteString("coverage", row.Coverage.ToString());
        GeoJsonFeature.Instant(writer, "confirmed_at", row.ConfirmedAt);
        GeoJsonFeature.Instant(writer, "ended_at", row.EndedAt);
        GeoJsonFeature.End(writer);
        return true;
    }
}
