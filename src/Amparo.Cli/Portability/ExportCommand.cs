using System.CommandLine;
using System.Globalization;
using Amparo.Cli.Commands;
using Amparo.Data.Portability;
using Microsoft.Extensions.DependencyInjection;

namespace Amparo.Cli.Portability;

/// <summary>
/// <c>amparo export &lt;directory&gt;</c>: everything, as one CSV per table, the positions, zones and case addresses
/// also as GeoJSON, with a manifest of hashes (see the README it writes).
/// </summary>
public static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = new DatabaseArguments();
        var directory = new Argument<DirectoryInfo>("directory") { Description = "Carpeta nueva o vacía / a new or empty directory" };
        var command = new Command("export", "Exporta todos los datos a CSV (y lo geográfico también a GeoJSON) con manifiesto / Exports all data to CSV (the geographic data also to GeoJSON) with a manifest.") { directory };
        database.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(database.Provider), parse.GetValue(database.Connection));
            var target = parse.GetValue(directory)!.FullName;
            try
            {
                var manifest = await services.GetRequiredService<DataExporter>().ExportAsync(target, cancellationToken);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Exportado / exported: {manifest.Tables.Count} tablas / tables, {manifest.Tables.Sum(t => t.Rows)} filas / rows, {manifest.GeoJson?.Count ?? 0} GeoJSON → {target}"));
                return 0;
            }
            catch (IOException e)
            {
                await error.WriteLineAsync(e.Message);
                return 2;
            }
        });
        return command;
    }
}
