using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Amparo.Testing;

/// <summary>
/// A PostgreSQL server of a test's own (initdb in a temporary folder, on a free port), so the test can crash and
/// restart it without touching the server the rest of the suite shares. Run as the postgres user when the tests
/// run as root, as initdb refuses root.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _folder;

    private PrivatePostgres(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => string.Create(CultureInfo.InvariantCulture,
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=true;Timeout=5");

    public static async Task<PrivatePostgres> StartAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderBy(b => b, StringComparer.Ordinal).LastOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL is not installed (/usr/lib/postgresql/*/bin/initdb): run the suite with ./scripts/test.sh.");
        var folder = Directory.CreateTempSubdirectory("amparo-pg-").FullName;
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres", folder);
        }

        var server = new PrivatePostgres(bin, folder, FreePorts.Next());
        await server.PgAsync("initdb", "-D", server.Data, "-U", "postgres", "-A", "trust", "--no-sync");
        await server.StartAgainAsync();
        return server;
    }

    private string Data => Path.Combine(_folder, "data");

    /// <summary>Stops it as a crash would (immediate mode: no checkpoint, connections cut).</summary>
    public Task CrashAsync() => PgAsync("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");

    public Task StartAgainAsync() => PgAsync("pg_ctl", "-D", Data, "-l", Path.Combine(_folder, "log"), "-w", "-o",
        string.Create(CultureInfo.InvariantCulture, $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off"), "start");

    /// <summary>A new database on this server, in the connection string form Amparo takes.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await CrashAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        NpgsqlConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private Task PgAsync(string tool, params string[] arguments) => Environment.UserName == "root"
        ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments])
        : RunAsync(Path.Combine(_bin, tool), arguments);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await output}{await errors}");
        }
    }
}
