using System.Text;

namespace Amparo.Domain.Registries;

/// <summary>
/// CSV as Excel in Spanish locales opens it with a double click: UTF-8 with a BOM (or accents break) and semicolons
/// (their list separator, since the comma is their decimal separator); fields quoted as RFC 4180 says, CRLF lines.
/// </summary>
public static class CsvWriter
{
    public const char Separator = ';';

    public static byte[] Write<TRow>(IReadOnlyList<RegistryColumn<TRow>> columns, IEnumerable<TRow> rows, bool english = false)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        Line(text, columns.Select(c => c.Header(english)));
        foreach (var row in rows)
        {
            Line(text, columns.Select(c => RegistryCells.Text(c.Cell(row))));
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        value = Defused(value);
        return value.IndexOfAny([Separator, '"', '\r', '\n', ',']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    /// <summary>A cell a spreadsheet would run as a formula (=, +, @, a dash not starting a number) is kept as text with a leading apostrophe.</summary>
    private static string Defused(string value) =>
        value.Length > 0 && (value[0] is '=' or '+' or '@' or '\t' or '\r' || (value[0] == '-' && (value.Length == 1 || !char.IsAsciiDigit(value[1]))))
            ? "'" + value
            : value;

    private static void Line(StringBuilder text, IEnumerable<string> fields) => text.Append(string.Join(Separator, fields.Select(Field))).Append("\r\n");
}
