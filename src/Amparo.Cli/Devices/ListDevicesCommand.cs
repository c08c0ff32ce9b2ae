using System.CommandLine;
using Amparo.Cli.Commands;
using Amparo.Data.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amparo.Cli.Devices;

/// <summary><c>amparo device list</c>: registered devices and the case each is installed in.</summary>
public static class ListDevicesCommand
{
    public static Command Create(TextWriter output)
    {
        var database = new DatabaseArguments();
        var command = new Command("list", "Lista los dispositivos registrados / Lists registered devices.");
        database.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(database.Provider), parse.GetValue(database.Connection));
            await using var db = services.GetRequiredService<IDbContextFactory<AmparoDbContext>>().CreateDbContext();
            var rows = await (
                from d in db.Devices.AsNoTracking()
                join a in db.DeviceAssignments.AsNoTracking().Where(a => a.RemovedAt == null) on d.Id equals a.DeviceId into assigned
                from a in assigned.DefaultIfEmpty()
                join c in db.Cases.AsNoTracking() on a.CaseId equals c.Id into cases
                from c in cases.DefaultIfEmpty()
                orderby d.UniqueId
                select new { d.UniqueId, d.Protocol, d.Kind, Case = c == null ? "-" : c.FileNumber, Role = a == null ? "-" : a.Role.ToString() })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                await output.WriteLineAsync($"{row.UniqueId}\t{row.Protocol}\t{row.Kind}\t{row.Case}\t{row.Role}");
            }

            return 0;
        });
        return command;
    }
}
