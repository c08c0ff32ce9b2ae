using System.CommandLine;

namespace Amparo.Cli.Bench.Engine;

/// <summary><c>amparo bench engine [--postgres CS] [--cases N] [--seconds N] [--breaches N] [--rate N]</c>: one JSON line of figures.</summary>
public static class EngineBenchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var postgres = BenchPostgres.Option("the run makes and drops a database of its own there");
        var cases = new Option<int>("--cases") { Description = "Monitored cases, each with two GT06 trackers", DefaultValueFactory = _ => 1000 };
        var seconds = new Option<int>("--seconds") { Description = "How long they send", DefaultValueFactory = _ => 30 };
        var breaches = new Option<int>("--breaches") { Description = "Cases whose aggressor enters the home zone once", DefaultValueFactory = _ => 250 };
        var rate = new Option<int>("--rate") { Description = "Positions per second offered in all; 0: as fast as acknowledged", DefaultValueFactory = _ => 0 };
        var engine = new Command("engine", "Mide el motor: posiciones evaluadas por segundo y latencia hasta la alarma / Measures the engine: positions evaluated per second and latency to the alarm.")
        {
            postgres, cases, seconds, breaches, rate,
        };
        engine.SetAction(async (parse, _) =>
        {
            var options = new EngineBenchOptions(parse.GetValue(cases), parse.GetValue(seconds), parse.GetValue(breaches), parse.GetValue(rate));
            if (options.Cases < 1 || options.Seconds < 1 || options.Breaches < 0 || options.Rate < 0)
            {
                await error.WriteLineAsync("--cases and --seconds must be at least 1; --breaches and --rate at least 0.");
                return 2;
            }

            return await BenchPostgres.RunInFreshDatabaseAsync(parse.GetValue(postgres), database => EngineBenchmark.RunAsync(database, options, error), output);
        });
        return engine;
    }
}
