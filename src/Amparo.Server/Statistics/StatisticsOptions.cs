using System.ComponentModel.DataAnnotations;

namespace Amparo.Server.Statistics;

/// <summary><c>Amparo:Statistics</c>: whether the periodic reports are made on a schedule, and how often it looks.</summary>
public sealed class StatisticsOptions
{
    public const string Section = "Amparo:Statistics";

    public bool Schedule { get; set; } = true;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromHours(1);
}
