using CsvHelper;

namespace Amparo.Data.Portability;

/// <summary>The export's CSV dialect: RFC 4180, comma, a header line, UTF-8 without BOM, every field quoted.</summary>
internal static class ExportCsv
{
    public static CsvWriterOptions Writer { get; } = new() { Separator = ',', WriteByteOrderMark = false, HasHeader = true };

    public static CsvReaderOptions Reader { get; } = new() { Separator = ',', HasHeader = true };
}
