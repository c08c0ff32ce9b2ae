using System.Globalization;
using Amparo.Data.Positions;
using Npgsql;
using NpgsqlTypes;

namespace Amparo.Cli.Bench.Partitions;

/// <summary>
/// A month of synthetic history: every device reports at the same pace over the whole month, the devices
/// interleaved in time as a live centre receives them, each walking around its own home. Stored by one binary COPY.
/// </summary>
internal static class SyntheticMonth
{
    public static Guid Device(int index) => new(string.Create(CultureInfo.InvariantCulture, $"00000000-0000-4000-8000-{index:D12}"));

    /// <summary>Seconds between two fixes of a device when the month holds <paramref name="rows"/> fixes.</summary>
    public static double Interval(DateTime month, int rows, int devices) =>
        (month.AddMonths(1) - month).TotalSeconds / Math.Max(1, rows / devices);

    public static async Task FillAsync(NpgsqlDataSource dataSource, DateTime month, int rows, int devices, CancellationToken cancellationToken)
    {
        var interval = Interval(month, rows, devices);
        var random = new Random(month.Month);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY \"{PositionTable.Name}\" ({PositionTable.QuotedColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        for (var i = 0; i < rows; i++)
        {
            var d = i % devices;
            var fix = month.AddSeconds(interval * (i / devices) + (interval * d / devices));
            await WriteAsync(copy, Fix(d, fix, random), cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    /// <summary>A fix of device <paramref name="d"/> near its home, as the writers store it.</summary>
    public static Position Fix(int d, DateTime at, Random random) => new()
    {
        DeviceId = Device(d), FixTime = at, ServerTime = at.AddSeconds(2), Valid = true,
        Latitude = -16.40 + (0.001 * (d / 100)) + ((random.NextDouble() - 0.5) * 2e-3),
        Longitude = -71.54 + (0.001 * (d % 100)) + ((random.NextDouble() - 0.5) * 2e-3),
        AccuracyMetres = 5 + Math.Round(random.NextDouble() * 40, 1), SpeedKnots = Math.Round(random.NextDouble() * 3, 2),
        Course = Math.Round(random.NextDouble() * 360), BatteryPercent = 100 - (at.Day * 3 % 100),
        Attributes = string.Create(CultureInfo.InvariantCulture, $"{{\"sat\":{4 + (d % 9)},\"gsm\":{d % 5}}}"),
    };

    private static async Task WriteAsync(NpgsqlBinaryImporter copy, Position p, CancellationToken cancellationToken)
    {
        await copy.StartRowAsync(cancellationToken);
        await copy.WriteAsync(p.DeviceId, NpgsqlDbType.Uuid, cancellationToken);
        await copy.WriteAsync(p.FixTime, NpgsqlDbType.TimestampTz, cancellationToken);
        await copy.WriteAsync(p.ServerTime, NpgsqlDbType.TimestampTz, cancellationToken);
        await copy.WriteAsync(p.Valid, NpgsqlDbType.Boolean, cancellationToken);
        await copy.WriteAsync(p.Latitude, NpgsqlDbType.Double, cancellationToken);
        await copy.WriteAsync(p.Longitude, NpgsqlDbType.Double, cancellationToken);
        await copy.WriteAsync(p.AccuracyMetres!.Value, NpgsqlDbType.Double, cancellationToken);
        await copy.WriteAsync(p.SpeedKnots!.Value, NpgsqlDbType.Double, cancellationToken);
        await copy.WriteAsync(p.Course!.Value, NpgsqlDbType.Double, cancellationToken);
        await copy.WriteNullAsync(cancellationToken);
        await copy.WriteAsync(p.BatteryPercent!.Value, NpgsqlDbType.Double, cancellationToken);
        await copy.WriteAsync(p.Attributes!, NpgsqlDbType.Text, cancellationToken);
    }
}
