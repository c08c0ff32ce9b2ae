namespace Amparo.Data.Portability;

/// <summary>
/// <c>manifest.json</c> of an export: what wrote it and when, the schema's last migration, and each table's file
/// with its row count, SHA-256 and columns (name, CLR type, nullable).
/// </summary>
public sealed record ExportManifest(string Format, int Version, DateTime CreatedAt, string SourceProvider, string? Migration, IReadOnlyList<ExportedTable> Tables)
{
    public const string FormatName = "amparo-export";

    public const int CurrentVersion = 1;

    public const string FileName = "manifest.json";
}

public sealed record ExportedTable(string Name, string File, long Rows, string Sha256, IReadOnlyList<ExportedColumn> Columns);

public sealed record ExportedColumn(string Name, string Type, bool Nullable);
