using System.CommandLine;
using System.Globalization;
using Amparo.Cli.Commands;

namespace Amparo.Cli.Simulation;

/// <summary>
/// <c>amparo simulate [--devices N] [--mix gt06=40,…] [--interval S | --rate R] [--duration S] [--register]</c>: a load
/// generator. N devices of the five protocols move around a centre and report to an Amparo server over its real
/// listeners until the duration is over. Exit 0 when it ran, 1 when no device could connect, 2 on bad options.
/// </summary>
public static class SimulateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var options = new SimulateOptions();
        var database = new DatabaseArguments();
        var command = new Command("simulate",
            "Generador de carga: N dispositivos (protocolos mezclados) que se mueven e informan a un servidor / Load generator: N moving devices of mixed protocols report to a server.");
        options.AddTo(command);
        database.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (settings, problem) = await options.ReadAsync(parse, cancellationToken);
            if (settings is null)
            {
                await error.WriteLineAsync(problem);
                return 2;
            }

            var devices = SimulatedDevice.AllOf(settings.Devices, settings.First);
            if (parse.GetValue(options.Register))
            {
                var (added, existing) = await SimulatedDeviceRegistration.RegisterAsync(
                    parse.GetValue(database.Provider), parse.GetValue(database.Connection), devices, TimeProvider.System, cancellationToken);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Dispositivos registrados / registered: {added} nuevos, {existing} ya existían (sin asignar a casos / not assigned to cases)."));
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Simulando {devices.Count} dispositivos contra {settings.Host} durante {settings.Duration.TotalSeconds:0.#} s, un fijo cada {settings.Interval.TotalSeconds:0.##} s ({settings.AskedRate:0.#} fijos/s)…"));
            var result = await SimulationRun.RunAsync(settings, devices, output, TimeProvider.System, cancellationToken);
            if (!result.ReachedServer)
            {
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Ningún dispositivo pudo conectarse a {settings.Host} (¿servidor en marcha, puertos correctos, dispositivos registrados? use --register) / no device could connect."));
                return 1;
            }

            return 0;
        });
        return command;
    }
}
