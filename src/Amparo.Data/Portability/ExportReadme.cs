namespace Amparo.Data.Portability;

/// <summary>The README.md written into every export: the format, so any tool (or another provider) can read it.</summary>
internal static class ExportReadme
{
    public const string Text = """
        # Amparo export

        Everything an Amparo installation held when this was written: one CSV file per table in `tables/`, and
        `manifest.json`, which lists each table's file, its number of rows, the SHA-256 of the file and its columns
        (name, type, whether it may be null), with the schema's last migration.

        ## CSV

        - UTF-8 without BOM, comma-separated, every field quoted (RFC 4180: a quote inside a field is doubled), CRLF or LF lines.
        - The first line names the columns, as the database does.
        - `\N` is null. A text that starts with a backslash is written with one more (`\\N` is the text `\N`).
        - Instants: ISO 8601 in UTC to the tenth of a microsecond (`2026-12-05T01:30:00.0000000Z`); dates `yyyy-MM-dd`;
          durations `d.hh:mm:ss.fffffff`.
        - Numbers in invariant notation (a point for decimals; doubles written to round-trip exactly); booleans `true`/`false`.
        - Enumerations by name (`ZoneEntry`, `Resolved`…); identifiers (UUID) in the 8-4-4-4-12 form; bytes (files, photos) in base64.
        - Positions are rows of `Positions` with `Latitude` and `Longitude` in WGS 84 degrees.

        ## Integrity

        Each file's SHA-256 is in the manifest; `amparo import` refuses a file that does not match. The table
        `LedgerEntries` is Amparo's hash chain over the audit, the resolved alarms and the issued documents: after an
        import, `amparo verify` checks that chain against the imported records.

        Restore with `amparo import <directory>` into an empty Amparo database (SQLite or PostgreSQL), after `amparo migrate`.
        """;
}
