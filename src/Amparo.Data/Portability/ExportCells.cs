using System.Globalization;

namespace Amparo.Data.Portability;

/// <summary>
/// How a value is written in an export's CSV and read back: invariant formats (ISO 8601 instants in UTC, round-trip
/// numbers, enum names, base64 bytes), <c>\N</c> for null, and a text that starts with a backslash written with one more.
/// </summary>
public static class ExportCells
{
    public const string Null = "\\N";

    public static string Format(object? value)
    {
        return value switch
        {
            null => Null,
            string s => s.StartsWith('\\') ? "\\" + s : s,
            DateTime d => DateTime.SpecifyKind(d, d.Kind == DateTimeKind.Local ? DateTimeKind.Local : DateTimeKind.Utc).ToUniversalTime()
                .ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
            DateTimeOffset o => o.ToString("O", CultureInfo.InvariantCulture),
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            TimeOnly t => t.ToString("HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
            TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            float f => f.ToString("R", CultureInfo.InvariantCulture),
            byte[] bytes => Convert.ToBase64String(bytes),
            Enum e => e.ToString(),
            Guid g => g.ToString("D", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => throw new NotSupportedException($"No export format for {value.GetType()}."),
        };
    }

    public static object? Parse(string text, Type type)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(type);
        if (text == Null)
        {
            return null;
        }

        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t switch
        {
            _ when t == typeof(string) => text.StartsWith("\\\\", StringComparison.Ordinal) ? text[1..] : text,
            _ when t == typeof(DateTime) => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            _ when t == typeof(DateTimeOffset) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            _ when t == typeof(DateOnly) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ when t == typeof(TimeOnly) => TimeOnly.Parse(text, CultureInfo.InvariantCulture),
            _ when t == typeof(TimeSpan) => TimeSpan.ParseExact(text, "c", CultureInfo.InvariantCulture),
            _ when t == typeof(bool) => text == "true",
            _ when t == typeof(byte[]) => Convert.FromBase64String(text),
            _ when t == typeof(Guid) => Guid.Parse(text, CultureInfo.InvariantCulture),
            _ when t.IsEnum => Enum.Parse(t, text),
            _ => Convert.ChangeType(text, t, CultureInfo.InvariantCulture),
        };
    }
}
