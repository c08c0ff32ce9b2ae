using System.CommandLine;
using System.Text.Json;
using Amparo.Cli.Bench.Alarms;
using Amparo.Cli.Bench.Engine;
using Amparo.Cli.Bench.Map;
using Amparo.Cli.Bench.Panic;
using Amparo.Cli.Bench.Partitions;
using Amparo.Cli.Bench.Portability;
using Amparo.Cli.Bench.Scale;

namespace Amparo.Cli.Bench;

/// <summary>
/// <c>amparo bench ingest [--postgres CS] [--devices N] [--seconds N] [--protocol gt06|teltonika] [--records N]</c> and
/// <c>amparo bench alarms [--days N] [--seed N] [--interval S]</c>, <c>amparo bench engine</c>, <c>amparo bench map</c> and
/// <c>amparo bench panic</c>, <c>amparo bench portability</c>, <c>amparo bench partitions</c> and <c>amparo bench scale</c>: each ends with one JSON line of figures.
/// </summary>
public static class BenchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var postgres = BenchPostgres.Option();
        var devices = new Option<int>("--devices") { Description = "Simulated trackers", DefaultValueFactory = _ => 2000 };
        var seconds = new Option<int>("--seconds") { Description = "How long they send", DefaultValueFactory = _ => 30 };
        var protocol = new Option<string>("--protocol") { Description = "gt06 (one fix per frame) or teltonika (codec 8 packets of --records fixes)", DefaultValueFactory = _ => "gt06" };
        protocol.AcceptOnlyFromAmong("gt06", "teltonika");
        var records = new Option<int>("--records") { Description = "Fixes per Teltonika packet (a unit sending what it buffered)", DefaultValueFactory = _ => 1 };
        records.Validators.Add(r =>
        {
            if (r.GetValue(records) is < 1 or > 255)
            {
                r.AddError("--records: de 1 a 255 / from 1 to 255.");
            }
        });
        var ingest = new Command("ingest", "Mide la ingesta por TCP contra PostgreSQL / Measures ingest over TCP into PostgreSQL.") { postgres, devices, seconds, protocol, records };
        ingest.SetAction(async (parse, _) =>
        {
            var load = new IngestLoad(parse.GetValue(devices), parse.GetValue(seconds), parse.GetValue(protocol) == "teltonika", parse.GetValue(records));
            return await BenchPostgres.RunAsync(parse.GetValue(postgres), server => IngestBenchmark.RunAsync(server, load, error), output);
        });
        return new Command("bench", "Pruebas de rendimiento / benchmarks") { ingest, Alarms(output, error), EngineBenchCommand.Create(output, error), MapBenchCommand.Create(output, error),
            PanicBenchCommand.Create(output, error), PortabilityBenchCommand.Create(output, error), PartitionsBenchCommand.Create(output, error), ScaleBenchCommand.Create(output, error),
        };
    }

    private static Command Alarms(TextWriter output, TextWriter error)
    {
        var days = new Option<int>("--days") { Description = "Simulated device-days", DefaultValueFactory = _ => 3000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the simulation", DefaultValueFactory = _ => 1 };
        var interval = new Option<int>("--interval") { Description = "Seconds between fixes while moving (three times that while still)", DefaultValueFactory = _ => 60 };
        var alarms = new Command("alarms", "Falsas alarmas y brechas perdidas: geocerca ingenua frente a Amparo / False and missed alarms: naive geofence vs Amparo.") { days, seed, interval };
        alarms.SetAction(async (parse, _) =>
        {
            if (parse.GetValue(days) < 1 || parse.GetValue(interval) < 1)
            {
                await error.WriteLineAsync("--days y --interval deben ser positivos / must be positive.");
                return 2;
            }

            var result = AlarmBenchmark.Run(new AlarmBenchOptions
            {
                Days = parse.GetValue(days), Seed = parse.GetValue(seed), MovingInterval = TimeSpan.FromSeconds(parse.GetValue(interval)),
            });
            await output.WriteLineAsync(AlarmBenchTable.Format(result));
            await output.WriteLineAsync(JsonSerializer.Serialize(result));
            return 0;
        });
        return alarms;
    }
}
