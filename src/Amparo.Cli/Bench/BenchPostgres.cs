using System.CommandLine;
using System.Text.Json;
using Amparo.Data.Database;

namespace Amparo.Cli.Bench;

/// <summary>
/// Where a PostgreSQL bench runs: the server <c>--postgres</c> names, or a throwaway cluster started for the run;
/// its figures are printed as one JSON line.
/// </summary>
public static class BenchPostgres
{
    /// <param name="uses">What the run does on that server, said in the help (null: it uses the database named).</param>
    public static Option<string?> Option(string? uses = null) => new("--postgres")
    {
        Description = uses is null
            ? "PostgreSQL connection string; without it a throwaway cluster is started."
            : $"PostgreSQL server connection string ({uses}); without it a throwaway cluster is started.",
    };

    /// <summary>Runs <paramref name="bench"/> with the server's connection string and prints what it returns.</summary>
    public static async Task<int> RunAsync<T>(string? server, Func<string, Task<T>> bench, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(bench);
        ArgumentNullException.ThrowIfNull(output);
        await using var cluster = server is null ? await ThrowawayPostgres.StartAsync() : null;
        var result = await bench(server ?? cluster!.ConnectionString);
        await output.WriteLineAsync(JsonSerializer.Serialize(result));
        return 0;
    }

    /// <summary>The same in a database of the run's own on that server, dropped afterwards (see <see cref="FreshDatabase"/>).</summary>
    public static Task<int> RunInFreshDatabaseAsync<T>(string? server, Func<string, Task<T>> bench, TextWriter output) =>
        RunAsync(server, async connection =>
        {
            await using var database = await FreshDatabase.CreateAsync(connection);
            return await bench(database.ConnectionString);
        }, output);
}
