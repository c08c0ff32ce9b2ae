using System.Text.Json;
using Amparo.Data.Database;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Amparo.Data.Portability;

/// <summary>
/// Restores an export into an empty Amparo database of either provider: every file (the CSVs and the GeoJSON beside
/// them) checked against its SHA-256 first, then the tables from their CSVs in the manifest's order (parents first),
/// each by binary COPY on PostgreSQL or a prepared insert on SQLite, and PostgreSQL's identity sequences moved past
/// the imported keys so new rows do not collide. The GeoJSON files are for GIS tools: nothing is read from them.
/// </summary>
public sealed class DataImporter(IDbContextFactory<AmparoDbContext> contexts)
{
    /// <returns>Rows imported per table.</returns>
    public async Task<IReadOnlyDictionary<string, long>> ImportAsync(string directory, CancellationToken cancellationToken)
    {
        var manifest = await ReadManifestAsync(directory, cancellationToken);
        await using var db = contexts.CreateDbContext();
        var tables = ExportTable.Of(db.Model).ToDictionary(t => t.Name, StringComparer.Ordinal);
        var unknown = manifest.Tables.Where(t => !tables.ContainsKey(t.Name)).Select(t => t.Name).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidDataException("The export has tables this Amparo does not know (a newer version?): " + string.Join(", ", unknown));
        }

        foreach (var (file, sha256) in manifest.Tables.Select(t => (t.File, t.Sha256)).Concat((manifest.GeoJson ?? []).Select(g => (g.File, g.Sha256))))
        {
            var path = Inside(directory, file);
            if (!File.Exists(path) || await ExportFileHash.Sha256Async(path, cancellationToken) != sha256)
            {
                throw new InvalidDataException($"{file} does not match its SHA-256 in the manifest: the export was altered or is incomplete.");
            }
        }

        foreach (var table in manifest.Tables)
        {
            if (await AnyRowAsync(db, tables[table.Name].EntityType, cancellationToken))
            {
                throw new InvalidOperationException($"The database is not empty ({table.Name} has rows): import only into a new Amparo database.");
            }
        }

        var imported = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in manifest.Tables)
        {
            imported[table.Name] = await ImportTableAsync(db, tables[table.Name], Inside(directory, table.File), table.Rows, cancellationToken);
        }

        await IdentitySequences.AdvanceAsync(db, tables.Values, cancellationToken);
        return imported;
    }

    /// <summary>A file the manifest names, refused unless it lies inside the export's folder (a manifest may not point elsewhere).</summary>
    private static string Inside(string directory, string file)
    {
        var root = Path.GetFullPath(directory);
        var path = Path.GetFullPath(Path.Combine(root, file));
        return path.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new InvalidDataException($"The manifest names a file outside the export's folder: {file}.");
    }

    private static async Task<ExportManifest> ReadManifestAsync(string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, ExportManifest.FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No {ExportManifest.FileName} in {directory}: not an Amparo export.", path);
        }

        var manifest = JsonSerializer.Deserialize<ExportManifest>(await File.ReadAllTextAsync(path, cancellationToken), ExportJson.Options)
            ?? throw new InvalidDataException("The manifest is empty.");
        return manifest.Format == ExportManifest.FormatName && manifest.Version == ExportManifest.CurrentVersion
            ? manifest
            : throw new InvalidDataException($"Unknown export format {manifest.Format} version {manifest.Version}.");
    }

    /// <summary>One table from its CSV; a count that differs from the manifest's is refused before the last rows are committed.</summary>
    private static async Task<long> ImportTableAsync(AmparoDbContext db, ExportTable table, string path, long expected, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using var csv = CsvReader.Create(stream, ExportCsv.Reader, leaveOpen: false);
        long rows = 0;
        if (await csv.ReadAsync(cancellationToken))
        {
            var columns = Columns(table, csv.Headers);
            var readers = columns.Select(ExportColumns.Reader).ToArray();
            var values = new object?[columns.Length];
            await using var loader = await ITableLoader.BeginAsync(db, table, columns, cancellationToken);
            do
            {
                for (var i = 0; i < columns.Length; i++)
                {
                    values[i] = readers[i](csv.GetString(i));
                }

                await loader.AddAsync(values, cancellationToken);
                rows++;
            }
            while (await csv.ReadAsync(cancellationToken));

            if (rows == expected)
            {
                await loader.CompleteAsync(cancellationToken);
            }
        }

        return rows == expected ? rows : throw new InvalidDataException($"{table.Name}: {rows} rows in the file, {expected} in the manifest.");
    }

    /// <summary>The model's property behind each column of the file, by name; a column this Amparo lacks, or one it needs and the file lacks, is refused.</summary>
    private static IProperty[] Columns(ExportTable table, IReadOnlyList<string> headers)
    {
        var byName = table.Columns.ToDictionary(c => c.GetColumnName(), StringComparer.Ordinal);
        var missing = table.Columns.Where(c => !c.IsNullable && !headers.Contains(c.GetColumnName())).Select(c => c.GetColumnName()).ToList();
        var extra = headers.Where(h => !byName.ContainsKey(h)).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            throw new InvalidDataException($"{table.Name}: columns missing [{string.Join(", ", missing)}], unknown [{string.Join(", ", extra)}].");
        }

        return headers.Select(h => byName[h]).ToArray();
    }

    private static async Task<bool> AnyRowAsync(AmparoDbContext db, IEntityType type, CancellationToken cancellationToken)
    {
        var query = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type.ClrType).Invoke(db, null)!;
        return await query.AnyAsync(cancellationToken);
    }
}
