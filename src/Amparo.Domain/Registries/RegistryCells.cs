using System.Globalization;

namespace Amparo.Domain.Registries;

/// <summary>Cells as text: dates ISO 8601 (UTC instants with a Z), numbers in the invariant culture, empty for nothing.</summary>
public static class RegistryCells
{
    public static string Text(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => DateTime.SpecifyKind(t, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        bool b => b ? "sí" : "no",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
