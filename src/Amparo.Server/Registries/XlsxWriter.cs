using Amparo.Domain.Registries;
using MiniExcelLibs;

namespace Amparo.Server.Registries;

/// <summary>One sheet, the header row (Spanish unless English is asked), one row per record: numbers as numbers, dates as ISO 8601 text.</summary>
public static class XlsxWriter
{
    public static async Task<byte[]> WriteAsync<TRow>(IReadOnlyList<RegistryColumn<TRow>> columns, IEnumerable<TRow> rows, string sheet, bool english, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var records = rows.Select(row => columns.ToDictionary(c => c.Header(english), c => Cell(c.Cell(row)))).ToList();
        if (records.Count == 0)
        {
            // An empty registry still has its header row.
            records.Add(columns.ToDictionary(c => c.Header(english), _ => (object?)null));
        }

        await using var stream = new MemoryStream();
        await stream.SaveAsAsync(records, sheetName: sheet, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        return stream.ToArray();
    }

    private static object? Cell(object? value) => value switch
    {
        null => null,
        int or long or double or decimal => value,
        _ => RegistryCells.Text(value),
    };
}
