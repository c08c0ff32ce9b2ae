namespace Amparo.Cli.Bench.Partitions;

/// <param name="RowsPerMonth">Synthetic fixes stored by COPY for each month, spread evenly over the devices and the month.</param>
/// <param name="Devices">Trackers the fixes are spread over.</param>
/// <param name="Months">Months of history, from January 2025.</param>
/// <param name="BatchSize">Fixes per batch through the real insert path when the write rate is measured.</param>
/// <param name="Batches">Batches timed in the first month and again in the last.</param>
/// <param name="Compare">Also run the same on one plain table (the schema before partitioning).</param>
public sealed record PartitionsBenchOptions(int RowsPerMonth, int Devices, int Months, int BatchSize, int Batches, bool Compare);
