using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Amparo.Data.Portability;

/// <summary>
/// A column's value as the export holds it: the property's own value; a list (a person's phones) as a JSON array; or,
/// when the model stores it through a value converter of its own, the stored form: the same whatever the database.
/// </summary>
internal static class ExportColumns
{
    public static Type StoredType(IProperty column) =>
        column.IsPrimitiveCollection ? typeof(string) : column.GetValueConverter()?.ProviderClrType ?? column.ClrType;

    public static object? Read(IProperty column, object entity)
    {
        var value = column.PropertyInfo is { } property ? property.GetValue(entity) : column.FieldInfo?.GetValue(entity);
        return value switch
        {
            null => null,
            _ when column.IsPrimitiveCollection => JsonSerializer.Serialize(value, column.ClrType),
            _ when column.GetValueConverter() is { } converter => converter.ConvertToProvider(value),
            _ => value,
        };
    }

    /// <summary>The property's own value from its stored form (the inverse of <see cref="Read"/>).</summary>
    public static object? ToModel(IProperty column, object? stored) =>
        stored switch
        {
            null => null,
            string json when column.IsPrimitiveCollection => JsonSerializer.Deserialize(json, column.ClrType),
            _ when column.GetValueConverter() is { } converter => converter.ConvertFromProvider(stored),
            _ => stored,
        };
}
