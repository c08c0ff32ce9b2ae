using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Amparo.Cli.Simulation;
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
/// Starts Amparo on PostgreSQL, connects simulated trackers over real TCP on 127.0.0.1, has each send its next frame
/// (a GT06 fix, or a Teltonika packet of buffered fixes) as soon as the previous one is acknowledged (an
/// acknowledgement means committed), and compares the committed rate with raw binary COPY of rows of the same shape
/// into the same table.
/// </summary>
public static class IngestBenchmark
{
    public static async Task<IngestBenchResult> RunAsync(string connectionString, IngestLoad load, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(load);
        var port = BenchHostArguments.FreePort();
        var args = (load.Teltonika
            ? BenchHostArguments.Trackers(connectionString, BenchHostArguments.FreePort(), 0, port)
            : BenchHostArguments.Trackers(connectionString, BenchHostArguments.FreePort(), port)).ToArray();
        var app = AmparoHost.Build(args);
        await AmparoHost.PrepareAsync(app);
        var imeis = await RegisterDevicesAsync(app, load);
        await app.StartAsync();
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Amparo up; {load.Devices} {load.Protocol} devices sending {load.FixesPerFrame} fix(es) a frame for {load.Seconds} s…"));

        var deadline = Stopwatch.GetTimestamp() + (long)(load.Seconds * (double)Stopwatch.Frequency);
        var start = Stopwatch.GetTimestamp();
        var latencies = await Task.WhenAll(imeis.Select((imei, i) => load.Teltonika
            ? TeltonikaDeviceAsync(port, imei, i, load.Records, deadline)
            : Gt06DeviceAsync(port, imei, i, deadline)));
        var elapsed = Stopwatch.GetElapsedTime(start).TotalSeconds;
        await app.StopAsync();
        await app.DisposeAsync();

        var all = latencies.SelectMany(l => l).Order().ToArray();
        var positions = (long)all.Length * load.FixesPerFrame;
        long rows;
        await using (var db = AmparoDbContextFactory.Create(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = connectionString })())
        {
            rows = await db.Positions.LongCountAsync();
        }

        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{positions} positions acknowledged; measuring binary COPY of as many rows…"));
        var copy = await CopyBaselineAsync(connectionString, (int)Math.Max(positions, 50_000));
        var rate = positions / elapsed;
        return new IngestBenchResult(
            Math.Round(rate), Math.Round(copy), Math.Round(rate / copy, 3),
            Percentiles.Of(all, 0.99) ?? double.NaN, Percentiles.Of(all, 0.50) ?? double.NaN,
            load.Devices, load.Seconds, positions, rows, load.Protocol, load.FixesPerFrame);
    }

    private static async Task<List<string>> RegisterDevicesAsync(WebApplication app, IngestLoad load)
    {
        var imeis = Enumerable.Range(0, load.Devices).Select(i => "86" + i.ToString("D13", CultureInfo.InvariantCulture)).ToList();
        await using var db = app.Services.GetRequiredService<IDbContextFactory<AmparoDbContext>>().CreateDbContext();
        db.Devices.AddRange(imeis.Select(imei => new Device
        {
            Id = Guid.CreateVersion7(), UniqueId = imei, Protocol = load.Teltonika ? DeviceProtocol.Teltonika : DeviceProtocol.Gt06,
            Kind = DeviceKind.AggressorTracker, CreatedAt = DateTime.UtcNow,
        }));
        await db.SaveChangesAsync();
        return imeis;
    }

    /// <summary>One Teltonika unit: the IMEI handshake, then its next packet of fixes as soon as the last one is acknowledged (with its record count).</summary>
    private static async Task<List<double>> TeltonikaDeviceAsync(int port, string imei, int index, int records, long deadline)
    {
        var latencies = new List<double>(4096);
        await using var unit = new TeltonikaClient(new IPEndPoint(IPAddress.Loopback, port), null, imei);
        await unit.ConnectAsync(CancellationToken.None);
        var origin = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var lat = -16.0 - index * 0.0001;
        for (var sent = 0; Stopwatch.GetTimestamp() < deadline; sent += records)
        {
            var packet = Enumerable.Range(sent, records).Select(k => new DeviceFix(origin.AddSeconds(k), lat, -71.5 - k * 1e-6, 5.6, 90, true, 80)).ToList();
            var started = Stopwatch.GetTimestamp();
            await unit.SendPacketAsync(packet, CancellationToken.None);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return latencies;
    }

    /// <summary>One GT06 tracker: log in, then send the next fix as soon as the last one is acknowledged.</summary>
    private static async Task<List<double>> Gt06DeviceAsync(int port, string imei, int index, long deadline)
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
