using System.CommandLine;

namespace Amparo.Cli.Bench.Panic;

/// <summary><c>amparo bench panic [--postgres CS] [--cases N]</c>: a victim's panic from her app to the operator's hub; one JSON line of figures.</summary>
public static class PanicBenchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var postgres = BenchPostgres.Option("the run makes and drops a database of its own there");
        var cases = new Option<int>("--cases") { Description = "Panics one at a time, and as many again at once, each on a case of its own", DefaultValueFactory = _ => 200 };
        var panic = new Command("panic", "Mide el botón de pánico: de la app a la consola del operador / Measures the panic button: from her app to the operator's console.")
        {
            postgres, cases,
        };
        panic.SetAction(async (parse, _) =>
        {
            if (parse.GetValue(cases) < 1)
            {
                await error.WriteLineAsync("--cases must be at least 1.");
                return 2;
            }

            return await BenchPostgres.RunInFreshDatabaseAsync(parse.GetValue(postgres), database => PanicBenchmark.RunAsync(database, parse.GetValue(cases), error), output);
        });
        return panic;
    }
}
