using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Amparo.Cli.Bench;

/// <summary>
/// A PostgreSQL cluster in a temporary folder on 127.0.0.1 and a free port, as the test command starts one;
/// initdb and pg_ctl run as the postgres user when we are root (initdb refuses root).
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _folder;

    private ThrowawayPostgres(string bin, string folder, int port)
    {
        _bin = bin;
        _folder = folder;
        ConnectionString = string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Maximum Pool Size=40");
    }

    public string ConnectionString { get; }

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal)
            .Select(d => Path.Combine(d, "bin")).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException("PostgreSQL is not installed (apt-get install postgresql).");
        var folder = Directory.CreateTempSubdirectory("amparo-bench-").FullName;
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var cluster = new ThrowawayPostgres(bin, folder, port);
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", "postgres", folder);
        }

        await cluster.PgAsync("initdb", "-D", Path.Combine(folder, "pg"), "-U", "postgres", "-A", "trust", "--no-sync");
        await cluster.PgAsync("pg_ctl", "-D", Path.Combine(folder, "pg"), "-l", Path.Combine(folder, "pg.log"), "-w",
            "-o", string.Create(CultureInfo.InvariantCulture, $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=200"), "start");
        return cluster;
    }

    public async ValueTask DisposeAsync()
    {
        await PgAsync("pg_ctl", "-D", Path.Combine(_folder, "pg"), "-m", "immediate", "stop");
    }

    private Task PgAsync(string tool, params string[] args) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args])
            : RunAsync(Path.Combine(_bin, tool), args);

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed: {error}");
        }
    }
}
