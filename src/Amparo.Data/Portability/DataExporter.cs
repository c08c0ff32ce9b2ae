using System.Reflection;
using System.Text.Json;
using Amparo.Data.Database;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Portability;

/// <summary>
/// Writes everything Amparo holds (every table of its model: cases, people, measures, devices, positions, alarms,
/// actions, audit, the integrity ledger, users…) to a directory any tool can read: one CSV per table, GeoJSON beside
/// the CSVs of positions, zones and case addresses (written from the same rows in the same pass), a manifest with
/// each file's SHA-256 and columns, and a README describing the format. Rows stream; nothing is held whole.
/// </summary>
public sealed class DataExporter(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    private static readonly MethodInfo RowsMethod = typeof(DataExporter).GetMethod(nameof(Rows), BindingFlags.NonPublic | BindingFlags.Static)!;

    public async Task<ExportManifest> ExportAsync(string directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new IOException($"The export directory must be new or empty: {directory}");
        }

        Directory.CreateDirectory(Path.Combine(directory, "tables"));
        await using var db = contexts.CreateDbContext();
        var tables = new List<ExportedTable>();
        var geoJson = new List<ExportedGeoJson>();
        foreach (var table in ExportTable.Of(db.Model))
        {
            var layer = GeoJsonLayer.All.SingleOrDefault(l => l.EntityType == table.EntityType.ClrType);
            var (written, features) = await WriteAsync(db, table, layer, directory, cancellationToken);
            tables.Add(written);
            if (layer is not null)
            {
                geoJson.Add(new ExportedGeoJson(layer.Name, layer.FileName, table.Name, features,
                    await ExportFileHash.Sha256Async(Path.Combine(directory, layer.FileName), cancellationToken)));
            }
        }

        var migration = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault();
        var manifest = new ExportManifest(ExportManifest.FormatName, ExportManifest.CurrentVersion, time.GetUtcNow().UtcDateTime,
            db.Database.ProviderName ?? "", migration, tables, geoJson);
        await File.WriteAllTextAsync(Path.Combine(directory, ExportManifest.FileName), JsonSerializer.Serialize(manifest, ExportJson.Options), cancellationToken);
        await File.WriteAllTextAsync(Path.Combine(directory, "README.md"), ExportReadme.Text, cancellationToken);
        return manifest;
    }

    /// <summary>The table's CSV and, when it has a layer, its GeoJSON from the same rows; returns the table and the layer's feature count.</summary>
    private static async Task<(ExportedTable Table, long Features)> WriteAsync(
        AmparoDbContext db, ExportTable table, GeoJsonLayer? layer, string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, table.FileName);
        long rows = 0;
        long features = 0;
        await using (var stream = File.Create(path))
        await using (var csv = CsvWriter.Create(stream, ExportCsv.Writer, leaveOpen: false))
        await using (var geo = layer is null ? null : GeoJsonFile.Create(Path.Combine(directory, layer.FileName), layer.Name))
        {
            csv.WriteHeader(table.Columns.Select(c => c.GetColumnName()).ToArray());
            var keys = table.EntityType.FindPrimaryKey()!.Properties.Select(p => p.Name).ToArray();
            var getters = table.Columns.Select(ExportColumns.Getter).ToArray();
            var query = (IAsyncEnumerable<object>)RowsMethod.MakeGenericMethod(table.EntityType.ClrType).Invoke(null, [db, keys])!;
            await foreach (var row in query.WithCancellation(cancellationToken))
            {
                foreach (var get in getters)
                {
                    csv.WriteField(ExportCells.Format(get(row)), CsvQuoting.Always);
                }

                await csv.EndRecordAsync(cancellationToken);
                rows++;
                if (geo is not null && layer!.Write(geo.Writer, row))
                {
                    await geo.WrittenAsync(cancellationToken);
                }
            }

            if (geo is not null)
            {
                await geo.CompleteAsync(cancellationToken);
                features = geo.Features;
            }
        }

        var columns = table.Columns.Select(c => new ExportedColumn(c.GetColumnName(), ExportJson.TypeName(ExportColumns.StoredType(c)), c.IsNullable)).ToList();
        return (new ExportedTable(table.Name, table.FileName, rows, await ExportFileHash.Sha256Async(path, cancellationToken), columns), features);
    }

    /// <summary>A table's rows, read without tracking, in key order (so two exports of the same data are the same files).</summary>
    private static IAsyncEnumerable<object> Rows<T>(AmparoDbContext db, string[] keys)
        where T : class
    {
        IOrderedQueryable<T> ordered = db.Set<T>().AsNoTracking().OrderBy(e => EF.Property<object>(e, keys[0]));
        foreach (var key in keys.Skip(1))
        {
            ordered = ordered.ThenBy(e => EF.Property<object>(e, key));
        }

        return ordered.AsAsyncEnumerable();
    }
}
