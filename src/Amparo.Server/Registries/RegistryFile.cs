using Amparo.Domain.Registries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Amparo.Server.Registries;

/// <summary>A registry as a downloadable file.</summary>
public static class RegistryFile
{
    public const string CsvType = "text/csv; charset=utf-8";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static async Task<FileContentHttpResult> CreateAsync<TRow>(
        RegistryFormat format, IReadOnlyList<RegistryColumn<TRow>> columns, IReadOnlyList<TRow> rows, string name, bool english, CancellationToken cancellationToken) =>
        format == RegistryFormat.Xlsx
            ? TypedResults.File(await XlsxWriter.WriteAsync(columns, rows, english ? "Registry" : "Registro", english, cancellationToken), XlsxType, name + ".xlsx")
            : TypedResults.File(CsvWriter.Write(columns, rows, english), CsvType, name + ".csv");

    /// <summary>Headers in Spanish by default; <c>lang=en</c> gives the English ones.</summary>
    public static bool English(string? lang) => string.Equals(lang, "en", StringComparison.OrdinalIgnoreCase);

    public static RegistryFormat? Parse(string? format) => format?.ToUpperInvariant() switch
    {
        null or "" or "CSV" => RegistryFormat.Csv,
        "XLSX" => RegistryFormat.Xlsx,
        _ => null,
    };
}
