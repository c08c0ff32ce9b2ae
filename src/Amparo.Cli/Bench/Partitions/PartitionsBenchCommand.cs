using System.CommandLine;

namespace Amparo.Cli.Bench.Partitions;

/// <summary>
/// <c>amparo bench partitions [--postgres CS] [--rows-per-month N] [--devices N] [--months N] [--batch-size N]
/// [--batches N] [--compare true|false]</c>: a year of synthetic position history, the write rate and a day's track
/// in its first and last month, partitioned and (with the comparison) on one plain table; one JSON line of figures.
/// </summary>
public static class PartitionsBenchCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var postgres = BenchPostgres.Option("the run makes and drops databases of its own there");
        var rows = new Option<int>("--rows-per-month") { Description = "Synthetic fixes stored for each month", DefaultValueFactory = _ => 2_000_000 };
        var devices = new Option<int>("--devices") { Description = "Trackers the fixes are spread over", DefaultValueFactory = _ => 2_000 };
        var months = new Option<int>("--months") { Description = "Months of history", DefaultValueFactory = _ => 12 };
        var batchSize = new Option<int>("--batch-size") { Description = "Fixes per batch when the write rate is measured", DefaultValueFactory = _ => 1_000 };
        var batches = new Option<int>("--batches") { Description = "Batches timed in the first and in the last month", DefaultValueFactory = _ => 100 };
        var compare = new Option<bool>("--compare") { Description = "Also run the same on one plain table", DefaultValueFactory = _ => true };
        var partitions = new Command("partitions", "Un año de posiciones: escritura y recorrido de un día, con y sin particiones / A year of positions: writes and a day's track, partitioned or not.")
        {
            postgres, rows, devices, months, batchSize, batches, compare,
        };
        partitions.SetAction(async (parse, cancellationToken) =>
        {
            var options = new PartitionsBenchOptions(parse.GetValue(rows), parse.GetValue(devices), parse.GetValue(months),
                parse.GetValue(batchSize), parse.GetValue(batches), parse.GetValue(compare));
            if (options.Devices < 8 || options.RowsPerMonth < options.Devices || options.Months is < 1 or > 36 || options.BatchSize < 1 || options.Batches < 1)
            {
                await error.WriteLineAsync("--devices must be at least 8, --rows-per-month at least --devices, --months 1 to 36, --batch-size and --batches positive.");
                return 2;
            }

            return await BenchPostgres.RunAsync(parse.GetValue(postgres), server => PartitionsBenchmark.RunAsync(server, options, error, cancellationToken), output);
        });
        return partitions;
    }
}
