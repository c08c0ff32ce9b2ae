using System.CommandLine;

namespace Amparo.Cli.Bench.Portability;

/// <summary>
/// <c>amparo bench portability [--postgres CS] [--positions N] [--devices N]</c>: a centre's data with N positions
/// exported from PostgreSQL, then imported into a new PostgreSQL database and a new SQLite file; one JSON line of figures.
/// </summary>
public static class PortabilityBenchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var postgres = BenchPostgres.Option("the run makes and drops databases of its own there");
        var positions = new Option<int>("--positions") { Description = "Positions stored before the export", DefaultValueFactory = _ => 2_000_000 };
        var devices = new Option<int>("--devices") { Description = "Trackers the positions are spread over (two per case)", DefaultValueFactory = _ => 20 };
        var portability = new Command("portability", "Mide exportar e importar todos los datos / Measures exporting and importing all data.")
        {
            postgres, positions, devices,
        };
        portability.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(positions) < 0 || parse.GetValue(devices) < 2)
            {
                await error.WriteLineAsync("--positions must be 0 or more and --devices at least 2.");
                return 2;
            }

            return await BenchPostgres.RunAsync(parse.GetValue(postgres), server => PortabilityBenchmark.RunAsync(server, parse.GetValue(positions), parse.GetValue(devices), error, cancellationToken), output);
        });
        return portability;
    }
}
