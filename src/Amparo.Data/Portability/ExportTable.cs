using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Amparo.Data.Portability;

/// <summary>One table of the export: its entity type, its name, and its columns (keys first, then the rest by name).</summary>
public sealed record ExportTable(IEntityType EntityType, string Name, IReadOnlyList<IProperty> Columns)
{
    public string FileName => $"tables/{Name}.csv";

    /// <summary>
    /// Every table of the model, parents before children (a row's foreign keys name rows already written); a table that
    /// refers to itself keeps its rows in key order.
    /// </summary>
    public static IReadOnlyList<ExportTable> Of(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var types = model.GetEntityTypes().Where(t => t.GetTableName() is not null && !t.IsOwned() && t.FindPrimaryKey() is not null)
            .OrderBy(t => t.GetTableName(), StringComparer.Ordinal).ToList();
        var unsupported = types.SelectMany(t => t.GetProperties().Where(p => p.IsShadowProperty()).Select(p => $"{t.DisplayName()}.{p.Name}")).ToList();
        if (unsupported.Count > 0 || model.GetEntityTypes().Any(t => t.IsOwned()))
        {
            throw new NotSupportedException("The export reads entities' own properties only; shadow or owned: " + string.Join(", ", unsupported));
        }

        var ordered = new List<IEntityType>();
        var done = new HashSet<IEntityType>();
        void Visit(IEntityType type, HashSet<IEntityType> path)
        {
            if (done.Contains(type) || !path.Add(type))
            {
                return;
            }

            foreach (var parent in type.GetForeignKeys().Select(k => k.PrincipalEntityType).Where(p => p != type))
            {
                Visit(parent, path);
            }

            done.Add(type);
            ordered.Add(type);
        }

        types.ForEach(t => Visit(t, []));
        return ordered.Select(t =>
        {
            var keys = t.FindPrimaryKey()!.Properties;
            var columns = keys.Concat(t.GetProperties().Where(p => !keys.Contains(p)).OrderBy(p => p.Name, StringComparer.Ordinal)).ToList();
            return new ExportTable(t, t.GetTableName()!, columns);
        }).ToList();
    }
}
