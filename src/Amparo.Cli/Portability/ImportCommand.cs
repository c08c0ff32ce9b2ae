using System.CommandLine;
using System.Globalization;
using Amparo.Cli.Commands;
using Amparo.Data.Database;
using Amparo.Data.Portability;
using Microsoft.Extensions.DependencyInjection;

namespace Amparo.Cli.Portability;

/// <summary><c>amparo import &lt;directory&gt;</c>: an export restored into an empty database (migrated first), every file checked against its hash.</summary>
public static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var database = new DatabaseArguments();
        var directory = new Argument<DirectoryInfo>("directory") { Description = "Una exportación de Amparo / an Amparo export" };
        var command = new Command("import", "Restaura una exportación en una base vacía / Restores an export into an empty database.") { directory };
        database.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(database.Provider), parse.GetValue(database.Connection));
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            try
            {
                var imported = await services.GetRequiredService<DataImporter>().ImportAsync(parse.GetValue(directory)!.FullName, cancellationToken);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Importado / imported: {imported.Count} tablas / tables, {imported.Values.Sum()} filas / rows"));
                return 0;
            }
            catch (Exception e) when (e is InvalidDataException or InvalidOperationException or FileNotFoundException or DirectoryNotFoundException)
            {
                await error.WriteLineAsync(e.Message);
                return 1;
            }
        });
        return command;
    }
}
