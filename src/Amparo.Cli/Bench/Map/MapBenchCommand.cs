using System.CommandLine;

namespace Amparo.Cli.Bench.Map;

/// <summary><c>amparo bench map [--postgres CS] [--cases N]</c>: the live map with 2N devices in headless Chromium; one JSON line of figures.</summary>
public static class MapBenchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var postgres = BenchPostgres.Option("the run makes and drops a database of its own there");
        var cases = new Option<int>("--cases") { Description = "Monitored cases, each with two GT06 trackers on the map", DefaultValueFactory = _ => 2500 };
        var map = new Command("map", "Mide el mapa en vivo en Chromium: carga, agrupación y fluidez / Measures the live map in Chromium: load, clustering and smoothness.")
        {
            postgres, cases,
        };
        map.SetAction(async (parse, _) =>
        {
            if (parse.GetValue(cases) < 1)
            {
                await error.WriteLineAsync("--cases must be at least 1.");
                return 2;
            }

            return await BenchPostgres.RunInFreshDatabaseAsync(parse.GetValue(postgres), database => MapBenchmark.RunAsync(database, parse.GetValue(cases), error), output);
        });
        return map;
    }
}
