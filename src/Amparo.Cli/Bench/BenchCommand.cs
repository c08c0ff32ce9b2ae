using System.CommandLine;
using System.Text.Json;
using Amparo.Cli.Bench.Engine;

namespace Amparo.Cli.Bench;

/// <summary><c>amparo bench ingest [--postgres CS] [--devices N] [--seconds N]</c>: one JSON line of figures.</summary>
public static class BenchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL connection string; without it a throwaway cluster is started." };
        var devices = new Option<int>("--devices") { Description = "Simulated GT06 trackers", DefaultValueFactory = _ => 2000 };
        var seconds = new Option<int>("--seconds") { Description = "How long they send", DefaultValueFactory = _ => 30 };
        var ingest = new Command("ingest", "Mide la ingesta GT06 por TCP contra PostgreSQL / Measures GT06 ingest over TCP into PostgreSQL.") { postgres, devices, seconds };
        ingest.SetAction(async (parse, _) =>
        {
            var cs = parse.GetValue(postgres);
            await using var cluster = cs is null ? await ThrowawayPostgres.StartAsync() : null;
            var result = await IngestBenchmark.RunAsync(cs ?? cluster!.ConnectionString, parse.GetValue(devices), parse.GetValue(seconds), error);
            await output.WriteLineAsync(JsonSerializer.Serialize(result));
            return 0;
        });
        return new Command("bench", "Pruebas de rendimiento / benchmarks") { ingest, EngineBenchCommand.Create(output, error) };
    }
}
