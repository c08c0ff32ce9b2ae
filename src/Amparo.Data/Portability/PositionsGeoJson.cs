using System.Text.Json;
using Amparo.Data.Positions;

namespace Amparo.Data.Portability;

/// <summary><c>geo/positions.geojson</c>: a Point per stored fix, the invalid ones too (marked <c>valid: false</c>).</summary>
internal sealed class PositionsGeoJson : GeoJsonLayer<Position>
{
    public override string Name => "positions";

    protected override bool Write(Utf8JsonWriter writer, Position row)
    {
        if (!GeoJsonFeature.Placeable(row.Latitude, row.Longitude))
        {
            return false;
        }

        GeoJsonFeature.Start(writer, row.Id);
        GeoJsonFeature.Point(writer, row.Latitude, row.Longitude);
        GeoJsonFeature.Properties(writer);
        writer.WriteString("device_id", row.DeviceId);
        GeoJsonFeature.Instant(writer, "fix_time", row.FixTime);
        writer.WriteBoolean("valid", row.Valid);
        GeoJsonFeature.Number(writer, "accuracy_m", row.AccuracyMetres);
        GeoJsonFeature.Number(writer, "speed_knots", row.SpeedKnots);
        GeoJsonFeature.Number(writer, "battery_percent", row.BatteryPercent);
        GeoJsonFeature.End(writer);
        return true;
    }
}
