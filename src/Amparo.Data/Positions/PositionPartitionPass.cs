namespace Amparo.Data.Positions;

/// <summary>What one pass of <see cref="PositionPartitionMaintenance"/> did.</summary>
/// <param name="Partitioned">False when "Positions" is not a partitioned table (not migrated yet): nothing was done.</param>
/// <param name="Created">Monthly partitions created.</param>
/// <param name="Moved">Rows moved out of the DEFAULT partition into a month created in this pass, by partition.</param>
/// <param name="Dropped">Monthly partitions detached and dropped by the retention, with their estimated row counts.</param>
public sealed record PositionPartitionPass(
    bool Partitioned,
    IReadOnlyList<string> Created,
    IReadOnlyDictionary<string, long> Moved,
    IReadOnlyDictionary<string, long> Dropped);
