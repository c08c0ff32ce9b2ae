namespace Amparo.Data.Portability;

/// <summary>The README.md written into every export: the format, so any tool (or another provider) can read it.</summary>
internal static class ExportReadme
{
    public const string Text = """
        # Amparo export

        Everything an Amparo installation held when this was written: one CSV file per table in `tables/`, the
        geographic data again as GeoJSON in `geo/` for GIS tools, and `manifest.json`, which lists each table's file,
        its number of rows, the SHA-256 of the file and its columns (name, type, whether it may be null), each GeoJSON
        file with its number of features, its SHA-256 and the table it comes from, and the schema's last migration.

        The CSVs are the record: `amparo import` restores from them alone. The GeoJSON files say nothing the CSVs do
        not; they are there so the positions, zones and addresses open directly in QGIS, ogr2ogr or a web map.

        ## CSV

        - UTF-8 without BOM, comma-separated, every field quoted (RFC 4180: a quote inside a field is doubled), CRLF or LF lines.
        - The first line names the columns, as the database does.
        - `\N` is null. A text that starts with a backslash is written with one more (`\\N` is the text `\N`).
        - Instants: ISO 8601 in UTC to the tenth of a microsecond (`2026-12-05T01:30:00.0000000Z`); dates `yyyy-MM-dd`;
          durations `d.hh:mm:ss.fffffff`.
        - Numbers in invariant notation (a point for decimals; doubles written to round-trip exactly); booleans `true`/`false`.
        - Enumerations by name (`ZoneEntry`, `Resolved`…); identifiers (UUID) in the 8-4-4-4-12 form; bytes (files, photos) in base64.
        - Positions are rows of `Positions` with `Latitude` and `Longitude` in WGS 84 degrees.

        ## GeoJSON

        RFC 7946 FeatureCollections, UTF-8, WGS 84, every position written `[longitude, latitude]` (GeoJSON's order,
        the reverse of the CSV columns and of the zones' stored `[lat, lon]` vertices). Each feature's `id` is its
        row's key in the CSV; instants are ISO 8601 in UTC (`2026-12-05T01:30:00Z`, with the fraction of a second
        when there is one).

        - `geo/positions.geojson` (`Positions`): a Point per stored fix, the invalid ones too (only a fix whose
          coordinates are out of range has none), with `device_id`, `fix_time`, `valid`, `accuracy_m`, `speed_knots`
          and `battery_percent` (null when the device gave none).
        - `geo/zones.geojson` (`Zones`): a feature per zone with `case_id`, `name`, `kind`, `shape`,
          `pre_alert_band_m` and, when it has one, `schedule` (the stored JSON text, for inclusion zones and routes). By `shape`: a
          `circle` is its centre as a Point with `radius_m`; a `polygon` a Polygon (ring closed, counterclockwise); a
          `route` a LineString with `corridor_m`, the corridor's half-width on each side of the path; a `dynamic` zone,
          which moves with the victim, has a null geometry and its `radius_m`; `none` is a zone with no place stored.
        - `geo/case-addresses.geojson` (`CaseAddresses`): a Point per address placed on the map (an address not yet
          placed has no feature), with `case_id`, `person_id`, `role`, `kind`, `text`, `protected`, `coverage`,
          `confirmed_at` and `ended_at`.

        ## Integrity

        Each file's SHA-256 is in the manifest, the GeoJSON's too; `amparo import` refuses an export in which any of
        them does not match. The table `LedgerEntries` is Amparo's hash chain over the audit, the resolved alarms and the issued documents: after an
        import, `amparo verify` checks that chain against the imported records.

        Restore with `amparo import <directory>` into an empty Amparo database (SQLite or PostgreSQL), after `amparo migrate`.
        """;
}
