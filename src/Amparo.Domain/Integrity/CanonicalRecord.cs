using System.Globalization;
using System.Text;

namespace Amparo.Domain.Integrity;

/// <summary>
/// A record written as one canonical text, field by field in a fixed order (<c>name=value</c> lines, a null as the
/// bare name, invariant formats, instants in UTC to the millisecond), so the same stored values always give the same
/// SHA-256 on any database and machine, and any change to one of them gives another. The millisecond because
/// PostgreSQL keeps microseconds and SQLite ticks: a record moved from one to the other must hash the same.
/// </summary>
public sealed class CanonicalRecord
{
    private readonly StringBuilder _text = new();

    public CanonicalRecord(string kind)
    {
        Add("kind", kind);
    }

    public CanonicalRecord Add(string name, string? value)
    {
        _text.Append(name);
        if (value is not null)
        {
            _text.Append('=').Append(Escape(value));
        }

        _text.Append('\n');
        return this;
    }

    public CanonicalRecord Add(string name, DateTime? value) =>
        Add(name, value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) : null);

    public CanonicalRecord Add(string name, long? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public CanonicalRecord Add(string name, double? value) => Add(name, value?.ToString("R", CultureInfo.InvariantCulture));

    public CanonicalRecord Add(string name, Guid? value) => Add(name, value?.ToString("D", CultureInfo.InvariantCulture));

    public CanonicalRecord Add(string name, bool? value) => Add(name, value is { } v ? (v ? "true" : "false") : null);

    public string Text => _text.ToString();

    /// <summary>The SHA-256 of the canonical text, lowercase hex.</summary>
    public string Sha256() => Hashes.Sha256(Text);

    /// <summary>Backslashes and line breaks escaped, so a value can never fake the next field.</summary>
    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
}
