using System.CommandLine;
using Amparo.Cli.Bench;
using Amparo.Cli.Database;
using Amparo.Cli.Decoding;
using Amparo.Cli.Devices;
using Amparo.Cli.Integrity;
using Amparo.Cli.Portability;
using Amparo.Cli.Replay;
using Amparo.Cli.Simulation;
using Amparo.Cli.Users;

namespace Amparo.Cli.Commands;

/// <summary>The <c>amparo</c> command line: administration and developer tools.</summary>
public static class AmparoCli
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Amparo: herramientas de administración / administration tools")
        {
            MigrateCommand.Create(output),
            DecodeCommand.Create(output, error),
            BenchCommand.Create(output, error),
            ReplayCommand.Create(output, error),
            SimulateCommand.Create(output, error),
            VerifyCommand.Create(output, error),
            ExportCommand.Create(output, error),
            ImportCommand.Create(output, error),
            new Command("user", "Usuarios / users") { AddUserCommand.Create(output, error) },
            new Command("device", "Dispositivos / devices")
            {
                ListDevicesCommand.Create(output), UnknownDevicesCommand.Create(output), RegisterDeviceCommand.Create(output, error),
            },
        };
        var parse = root.Parse(args);
        return parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
