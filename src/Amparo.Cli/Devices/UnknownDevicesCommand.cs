using System.CommandLine;
using System.Globalization;
using Amparo.Cli.Commands;
using Amparo.Data.Devices;
using Microsoft.Extensions.DependencyInjection;

namespace Amparo.Cli.Devices;

/// <summary><c>amparo device unknown</c>: trackers that tried to connect without being registered.</summary>
public static class UnknownDevicesCommand
{
    public static Command Create(TextWriter output)
    {
        var database = new DatabaseArguments();
        var command = new Command("unknown", "Dispositivos desconocidos que intentaron conectarse / Unregistered devices that tried to connect.");
        database.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(database.Provider), parse.GetValue(database.Connection));
            foreach (var device in await services.GetRequiredService<UnknownDeviceLog>().ListAsync(cancellationToken))
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{device.UniqueId}\t{device.Protocol}\t{device.LastAddress}\t{device.FirstSeen:u}\t{device.LastSeen:u}\t{device.Attempts}"));
            }

            return 0;
        });
        return command;
    }
}
