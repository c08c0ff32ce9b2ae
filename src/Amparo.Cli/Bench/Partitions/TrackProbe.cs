using System.Diagnostics;
using System.Text.Json;
using Amparo.Data.Positions;
using Npgsql;

namespace Amparo.Cli.Bench.Partitions;

/// <summary>One device's track for one day, as the console's history reads it: by device and fix-time range, in time order.</summary>
internal static class TrackProbe
{
    private const int TimedRuns = 5;

    private static readonly string Sql =
        $"SELECT * FROM \"{PositionTable.Name}\" WHERE \"DeviceId\" = @device AND \"FixTime\" >= @from AND \"FixTime\" < @to ORDER BY \"FixTime\"";

    public static async Task<TrackProbeResult> RunAsync(NpgsqlDataSource dataSource, Guid device, DateTime day, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        string json;
        await using (var explain = Command(connection, "EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + Sql, device, day))
        {
            json = (string)(await explain.ExecuteScalarAsync(cancellationToken))!;
        }

        var times = new List<double>();
        long rows = 0;
        for (var run = 0; run < TimedRuns; run++)
        {
            var started = Stopwatch.GetTimestamp();
            await using var query = Command(connection, Sql, device, day);
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            rows = 0;
            while (await reader.ReadAsync(cancellationToken))
            {
                rows++;
            }

            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        using var document = JsonDocument.Parse(json);
        var top = document.RootElement[0];
        var plan = top.GetProperty("Plan");
        var tables = new SortedSet<string>(StringComparer.Ordinal);
        var scans = new SortedSet<string>(StringComparer.Ordinal);
        Walk(plan, tables, scans);
        return new TrackProbeResult(rows, [.. tables], [.. scans],
            plan.GetProperty("Shared Hit Blocks").GetInt64(), plan.GetProperty("Shared Read Blocks").GetInt64(),
            Math.Round(top.GetProperty("Planning Time").GetDouble(), 3), Math.Round(top.GetProperty("Execution Time").GetDouble(), 3),
            Math.Round(times.Order().ElementAt(TimedRuns / 2), 3));
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, Guid device, DateTime day)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("device", device);
        command.Parameters.AddWithValue("from", day);
        command.Parameters.AddWithValue("to", day.AddDays(1));
        return command;
    }

    private static void Walk(JsonElement node, SortedSet<string> tables, SortedSet<string> scans)
    {
        if (node.TryGetProperty("Relation Name", out var relation))
        {
            tables.Add(relation.GetString()!);
        }

        if (node.TryGetProperty("Relation Name", out _) || node.TryGetProperty("Index Name", out _))
        {
            scans.Add(node.GetProperty("Node Type").GetString()!);
        }

        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Walk(child, tables, scans);
            }
        }
    }
}
