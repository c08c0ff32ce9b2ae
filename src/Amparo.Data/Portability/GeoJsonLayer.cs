using System.Text.Json;

namespace Amparo.Data.Portability;

/// <summary>
/// A GeoJSON file written beside a table's CSV, from the same rows in the same pass: one feature per row that has a
/// place. The CSVs stay what an import reads; these are for GIS tools (QGIS, ogr2ogr, a web map).
/// </summary>
internal abstract class GeoJsonLayer
{
    /// <summary>Positions (a point per fix), zones (circles, polygons, routes, dynamic zones) and the placed case addresses.</summary>
    public static IReadOnlyList<GeoJsonLayer> All { get; } = [new PositionsGeoJson(), new ZonesGeoJson(), new CaseAddressesGeoJson()];

    /// <summary>The layer's name, also the file's: <c>geo/{Name}.geojson</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The entity whose rows the features come from.</summary>
    public abstract Type EntityType { get; }

    public string FileName => $"geo/{Name}.geojson";

    /// <summary>Writes the row's feature and says so; writes nothing and returns false for a row without a place.</summary>
    public abstract bool Write(Utf8JsonWriter writer, object row);
}

/// <summary>A layer over one entity type.</summary>
internal abstract class GeoJsonLayer<T> : GeoJsonLayer
    where T : class
{
    public override Type EntityType => typeof(T);

    public override bool Write(Utf8JsonWriter writer, object row) => Write(writer, (T)row);

    protected abstract bool Write(Utf8JsonWriter writer, T row);
}
