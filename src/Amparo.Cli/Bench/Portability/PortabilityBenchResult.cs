using System.Text.Json.Serialization;

namespace Amparo.Cli.Bench.Portability;

/// <summary>
/// The one JSON line <c>amparo bench portability</c> prints: the export from PostgreSQL and the import of that
/// export into a new PostgreSQL database and a new SQLite file, each in seconds and rows (of every table) per second.
/// </summary>
public sealed record PortabilityBenchResult(
    [property: JsonPropertyName("positions")] long Positions,
    [property: JsonPropertyName("devices")] int Devices,
    [property: JsonPropertyName("rows")] long Rows,
    [property: JsonPropertyName("fill_s")] double FillSeconds,
    [property: JsonPropertyName("export_s")] double ExportSeconds,
    [property: JsonPropertyName("export_rows_per_s")] double ExportRowsPerSecond,
    [property: JsonPropertyName("export_bytes")] long ExportBytes,
    [property: JsonPropertyName("csv_bytes")] long CsvBytes,
    [property: JsonPropertyName("geojson_bytes")] long GeoJsonBytes,
    [property: JsonPropertyName("import_postgres_s")] double ImportPostgresSeconds,
    [property: JsonPropertyName("import_postgres_rows_per_s")] double ImportPostgresRowsPerSecond,
    [property: JsonPropertyName("postgres_positions")] long PostgresPositions,
    [property: JsonPropertyName("import_sqlite_s")] double ImportSqliteSeconds,
    [property: JsonPropertyName("import_sqlite_rows_per_s")] double ImportSqliteRowsPerSecond,
    [property: JsonPropertyName("sqlite_positions")] long SqlitePositions);
