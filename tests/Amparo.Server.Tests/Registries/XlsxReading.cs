using MiniExcelLibs;

namespace Amparo.Server.Tests.Registries;

/// <summary>Reads a registry XLSX back with the library that wrote it: the header row and the records by header.</summary>
internal static class XlsxReading
{
    public static (List<string> Header, List<Dictionary<string, string>> Rows) Parse(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        var header = stream.GetColumns(useHeaderRow: true, excelType: ExcelType.XLSX).Select(c => c.ToString()!).ToList();
        stream.Position = 0;
        var rows = stream.Query(useHeaderRow: true, excelType: ExcelType.XLSX)
            .Cast<IDictionary<string, object?>>()
            .Select(r => r.ToDictionary(p => p.Key, p => Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""))
            .Where(r => r.Values.Any(v => v.Length > 0))
            .ToList();
        return (header, rows);
    }
}
