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

    /// <summary>An entity's value of the column in its stored form, chosen once per column: an export reads millions of cells.</summary>
    public static Func<object, object?> Getter(IProperty column)
    {
        ArgumentNullException.ThrowIfNull(column);
        Func<object, object?> get = column.PropertyInfo is { } property ? property.GetValue
            : column.FieldInfo is { } field ? field.GetValue
            : throw new InvalidOperationException($"{column.Name} has neither property nor field.");
        if (column.IsPrimitiveCollection)
        {
            return entity => get(entity) is { } list ? JsonSerializer.Serialize(list, column.ClrType) : null;
        }

        return column.GetValueConverter() is { } converter ? entity => get(entity) is { } value ? converter.ConvertToProvider(value) : null : get;
    }

    /// <summary>A cell's text to the property's own value (the inverse of <see cref="Getter"/> and <see cref="ExportCells.Format"/>), chosen once per column.</summary>
    public static Func<string, object?> Reader(IProperty column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var parse = ExportCells.Parser(StoredType(column));
        if (column.IsPrimitiveCollection)
        {
            return text => parse(text) is string json ? JsonSerializer.Deserialize(json, column.ClrType) : null;
        }

        return column.GetValueConverter() is { } converter ? text => parse(text) is { } stored ? converter.ConvertFromProvider(stored) : null : parse;
    }
}
