using System.Text.Json;

namespace Amparo.Data.Portability;

/// <summary>The manifest's JSON (indented, camelCase) and the names it gives column types.</summary>
public static class ExportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>"Guid", "DateTime", "String", "Int64", "Double", "Boolean", "Byte[]", an enum's name…; nullability is its own field.</summary>
    public static string TypeName(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsEnum ? "enum " + t.Name : t.Name;
    }
}
