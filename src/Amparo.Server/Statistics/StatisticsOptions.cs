using System.ComponentModel.DataAnnotations;

namespace Amparo.Server.Statistics;

/// <summary><c>Amparo:Statistics</c>: whether the periodic reports are made on a schedule, how often it looks, and in which languages.</summary>
public sealed class StatisticsOptions
{
    public const string Section = "Amparo:Statistics";

    public bool Schedule { get; set; } = true;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The languages each scheduled report is written in, comma-separated: <c>es</c>, <c>en</c> or <c>es,en</c>.</summary>
    [RegularExpression("^(es|en)(,(es|en))?$", ErrorMessage = "Amparo:Statistics:Languages must be es, en or es,en.")]
    public string Languages { get; set; } = "es";

    public IReadOnlyList<string> LanguageList => Languages.Split(',', StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
}
