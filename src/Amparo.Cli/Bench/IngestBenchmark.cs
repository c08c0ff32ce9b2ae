using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Amparo.Data.Database;
using Amparo.Data.Devices;
using Amparo.Data.Positions;
using Amparo.Domain.Devices;
using Amparo.Ingest.Gt06;
using Amparo.Server.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Amparo.Cli.Bench;

/// <summary>
/// Starts Amparo on PostgreSQL, connects simulated GT06 trackers over real TCP on 127.0.0.1, has each send a fix
/// as soon as the previous one is acknowledged (an acknowledgement means committed), and compares the committed
/// rate with raw binary COPY of rows of the same shape into the same table.
/// </summary>
public static class IngestBenchmark
{
    public static async Task<IngestBenchResult> RunAsync(string connectionString, int devices, int seconds, TextWriter log)
    {
        var gt06Port = BenchHostArguments.FreePort();
        var args = BenchHostArguments.Gt06Only(connectionString, BenchHostArguments.FreePort(), gt06Port).ToArray();
        var app = AmparoHost.Build(args);
        await AmparoHost.PrepareAsync(app);
        var imeis = await RegisterDevicesAsync(app, devices);
        await app.StartAsync();
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Amparo up; {devices} GT06 devices sending for {seconds} s…"));

        var deadline = Stopwatch.GetTimestamp() + (long)(seconds * (double)Stopwatch.Frequency);
        var start = Stopwatch.GetTimestamp();
        var latencies = await Task.WhenAll(imeis.Select((imei, i) => DeviceAsync(gt06Port, imei, i, deadline)));
        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        await app.StopAsync();
        await app.DisposeAsync();

        var all = latencies.SelectMany(l => l).Order().ToArray();
        long rows;
        await using (var db = AmparoDbContextFactory.Create(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString })())
        {
            rows = await db.Positions.LongCountAsync();
        }

        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{all.Length} positions acknowledged; measuring binary COPY of as many rows…"));
        var copy = await CopyBaselineAsync(connectionString, Math.Max(all.Length, 50_000));
        var rate = all.Length / elapsed;
        return new IngestBenchResult(
            Math.Round(rate), Math.Round(copy), Math.Round(rate / copy, 3),
            Percentiles.Of(all, 0.99) ?? double.NaN, Percentiles.Of(all, 0.50) ?? double.NaN,
            devices, seconds, all.Length, rows);
    }

    private static async Task<List<string>> RegisterDevicesAsync(WebApplication app, int count)
    {
        var imeis = Enumerable.Range(0, count).Select(i => "86" + i.ToString("D13", CultureInfo.InvariantCulture)).ToList();
        await using var db = app.Services.GetRequiredService<IDbContextFactory<AmparoDbContext>>().CreateDbContext();
        db.Devices.AddRange(imeis.Select(imei => new Device
        {
            Id = Guid.CreateVersion7(), UniqueId = imei, Protocol = DeviceProtocol.Gt06, Kind = DeviceKind.AggressorTracker, CreatedAt = DateTime.UtcNow,
        }));
        await db.SaveChangesAsync();
        return imeis;
    }

    /// <summary>One tracker: log in, then send the next fix as soon as the last one is acknowledged.</summary>
    private static async Task<List<double>> DeviceAsync(int port, string imei, int index, long deadline)
    {
        var latencies = new List<double>(4096);
        using var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync("127.0.0.1", port);
        var stream = client.GetStream();
        var reply = new byte[10];
        await stream.WriteAsync(Gt06Encoder.Login(imei, 1));
        await stream.ReadExactlyAsync(reply);
        var origin = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var lat = -16.0 - index * 0.0001;
        for (ushort serial = 2; Stopwatch.GetTimestamp() < deadline; serial++)
        {
            var frame = Gt06Encoder.Location(origin.AddSeconds(latencies.Count), lat, -71.5 - latencies.Count * 1e-6, 20, 90, serial);
            var sent = Stopwatch.GetTimestamp();
            await stream.WriteAsync(frame);
            await stream.ReadExactlyAsync(reply);
            latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
        }

        return latencies;
    }

    /// <summary>Raw binary COPY of rows of the same shape, committed in 1,000-row batches on one connection.</summary>
    private static async Task<double> CopyBaselineAsync(string connectionString, int rows)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var device = Guid.CreateVersion7();
        var origin = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var started = Stopwatch.GetTimestamp();
        for (var done = 0; done < rows; done += 1000)
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var writer = await connection.BeginBinaryImportAsync(
                $"COPY \"{PositionTable.Name}\" ({PositionTable.QuotedColumns}) FROM STDIN (FORMAT BINARY)"))
            {
                for (var i = done; i < Math.Min(rows, done + 1000); i++)
                {
                    await writer.StartRowAsync();
                    await writer.WriteAsync(device, NpgsqlDbType.Uuid);
                    await writer.WriteAsync(origin.AddSeconds(i), NpgsqlDbType.TimestampTz);
                    await writer.WriteAsync(DateTime.UtcNow, NpgsqlDbType.TimestampTz);
                    await writer.WriteAsync(true, NpgsqlDbType.Boolean);
                    await writer.WriteAsync(-16.4, NpgsqlDbType.Double);
                    await writer.WriteAsync(-71.5 - i * 1e-6, NpgsqlDbType.Double);
                    await writer.WriteNullAsync();
                    await writer.WriteAsync(10.8, NpgsqlDbType.Double);
                    await writer.WriteAsync(90.0, NpgsqlDbType.Double);
                    await writer.WriteNullAsync();
                    await writer.WriteNullAsync();
                    await writer.WriteAsync("{\"sat\":9,\"cell\":\"716/10/4097/2097155\"}", NpgsqlDbType.Text);
                }

                await writer.CompleteAsync();
            }

            await transaction.CommitAsync();
        }

        return rows / Stopwatch.GetElapsedTime(started).TotalSeconds;
    }
}
