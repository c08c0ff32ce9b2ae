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
            // "O" of a UTC instant is yyyy-MM-ddTHH:mm:ss.fffffffZ, by .NET's fast path.
            DateTime d => DateTime.SpecifyKind(d, d.Kind == DateTimeKind.Local ? DateTimeKind.Local : DateTimeKind.Utc).ToUniversalTime()
                .ToString("O", CultureInfo.InvariantCulture),
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

    public static object? Parse(string text, Type type) => Parser(type)(text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>The reading of one type's cells, chosen once per column: an import reads millions of cells.</summary>
    public static Func<string, object?> Parser(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var t = Nullable.GetUnderlyingType(type) ?? type;
        Func<string, object> parse = t switch
        {
            _ when t == typeof(string) => text => text.StartsWith("\\\\", StringComparison.Ordinal) ? text[1..] : text,
            _ when t == typeof(DateTime) => text => ParseInstant(text),
            _ when t == typeof(DateTimeOffset) => text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            _ when t == typeof(DateOnly) => text => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            _ when t == typeof(TimeOnly) => text => TimeOnly.Parse(text, CultureInfo.InvariantCulture),
            _ when t == typeof(TimeSpan) => text => TimeSpan.ParseExact(text, "c", CultureInfo.InvariantCulture),
            _ when t == typeof(bool) => text => text == "true",
            _ when t == typeof(double) => text => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
            _ when t == typeof(long) => text => long.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
            _ when t == typeof(int) => text => int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture),
            _ when t == typeof(byte[]) => Convert.FromBase64String,
            _ when t == typeof(Guid) => text => Guid.Parse(text, CultureInfo.InvariantCulture),
            _ when t.IsEnum => text => Enum.Parse(t, text),
            _ => text => Convert.ChangeType(text, t, CultureInfo.InvariantCulture),
        };
        return text => text == Null ? null : parse(text);
    }

    /// <summary>The export's own form (ISO 8601 round-trip, UTC) by the fast exact path; any other ISO 8601 instant by the general one.</summary>
    private static DateTime ParseInstant(string text) =>
        DateTime.TryParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var instant) && instant.Kind == DateTimeKind.Utc
            ? instant
            : DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
