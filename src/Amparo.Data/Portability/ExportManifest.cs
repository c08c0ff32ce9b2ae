namespace Amparo.Data.Portability;

/// <summary>
/// <c>manifest.json</c> of an export: what wrote it and when, the schema's last migration, each table's file with
/// its row count, SHA-256 and columns (name, CLR type, nullable), and the GeoJSON files written beside the CSVs for
/// GIS tools, each with its feature count and SHA-256 (absent from exports made before they existed).
/// </summary>
public sealed record ExportManifest(
    string Format, int Version, DateTime CreatedAt, string SourceProvider, string? Migration, IReadOnlyList<ExportedTable> Tables,
    IReadOnlyList<ExportedGeoJson>? GeoJson = null)
{
    public const string FormatName = "amparo-export";

    /// <summary>The CSVs' format; the GeoJSON files are an addition an older reader ignores, not a new version.</summary>
    public const int CurrentVersion = 1;

    public const string FileName = "manifest.json";
}

public sealed record ExportedTable(string Name, string File, long Rows, string Sha256, IReadOnlyList<ExportedColumn> Columns);

public sealed record ExportedColumn(string Name, string Type, bool Nullable);

/// <summary>A GeoJSON FeatureCollection of the export: its name, file, the table its features come from, how many, and the file's SHA-256.</summary>
public sealed record ExportedGeoJson(string Name, string File, string Table, long Features, string Sha256);
