using System.CommandLine;
using Amparo.Cli.Commands;
using Amparo.Data.Database;
using Microsoft.Extensions.DependencyInjection;

namespace Amparo.Cli.Database;

public static class MigrateCommand
{
    public static Command Create(TextWriter output)
    {
        var database = new DatabaseArguments();
        var command = new Command("migrate", "Crea o actualiza la base de datos / Creates or upgrades the database.");
        database.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(database.Provider), parse.GetValue(database.Connection));
            await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            await output.WriteLineAsync("Base de datos al día / Database up to date.");
            return 0;
        });
        return command;
    }
}
