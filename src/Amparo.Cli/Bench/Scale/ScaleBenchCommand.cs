using System.CommandLine;

namespace Amparo.Cli.Bench.Scale;

/// <summary><c>amparo bench scale [--postgres CS] [--cases N] [--no-fixes]</c>: start-up time and memory per device; one JSON line of figures.</summary>
public static class ScaleBenchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var postgres = BenchPostgres.Option("the run makes and drops a database of its own there");
        var cases = new Option<int>("--cases") { Description = "Monitored cases, each with two GT06 trackers", DefaultValueFactory = _ => 100_000 };
        var noFixes = new Option<bool>("--no-fixes") { Description = "Measure memory without first sending one fix per device" };
        var scale = new Command("scale", "Mide el arranque y la memoria por dispositivo con muchos casos / Measures start-up time and memory per device with many cases.")
        {
            postgres, cases, noFixes,
        };
        scale.SetAction(async (parse, _) =>
        {
            if (parse.GetValue(cases) < 1)
            {
                await error.WriteLineAsync("--cases debe ser al menos 1 / must be at least 1.");
                return 2;
            }

            return await BenchPostgres.RunInFreshDatabaseAsync(parse.GetValue(postgres), database => ScaleBenchmark.RunAsync(database, parse.GetValue(cases), !parse.GetValue(noFixes), error), output);
        });
        return scale;
    }
}
