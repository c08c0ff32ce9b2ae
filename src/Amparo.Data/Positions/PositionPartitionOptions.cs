using System.ComponentModel.DataAnnotations;

namespace Amparo.Data.Positions;

/// <summary>
/// Configuration section <c>Amparo:Positions:Partitions</c> (PostgreSQL only): the monthly partitions of the
/// position history kept ready ahead, and how long they are kept.
/// </summary>
public sealed class PositionPartitionOptions
{
    public const string Section = "Amparo:Positions:Partitions";

    /// <summary>Months after the current one whose partitions already exist.</summary>
    [Range(1, 36)]
    public int MonthsAhead { get; set; } = 3;

    /// <summary>
    /// Monthly partitions whose every fix is older than this many months are detached and dropped.
    /// 0 keeps them forever (the default: positions are evidence).
    /// </summary>
    [Range(0, 1200)]
    public int RetentionMonths { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromHours(1);
}
