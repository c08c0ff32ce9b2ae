namespace Amparo.Domain.Risk;

/// <summary>
/// One version of a risk instrument, loaded as data (never code): its form, the points of each answer, the bands
/// that turn a score into the instrument's level, the rules after banding, the map onto <see cref="CommonRiskLevel"/>
/// and the policy of each common level. A version, once added, never changes: assessments name it.
/// </summary>
public sealed record RiskInstrumentDefinition
{
    /// <summary>Stable across versions: "pe-fvr".</summary>
    public string Code { get; init; } = "";

    public LocalizedText Name { get; init; } = new();

    /// <summary>Where it is used, as a label: "Perú".</summary>
    public string Jurisdiction { get; init; } = "";

    public RiskPopulation Population { get; init; }

    /// <summary>The version's label: "2019".</summary>
    public string Version { get; init; } = "";

    public string? LegalBasis { get; init; }

    public DateOnly? EffectiveFrom { get; init; }

    public DateOnly? EffectiveTo { get; init; }

    /// <summary>What a centre must know before relying on it (weights to check against the official text…).</summary>
    public string? Note { get; init; }

    public IReadOnlyList<RiskSection> Sections { get; init; } = [];

    public IReadOnlyList<RiskBand> Bands { get; init; } = [];

    public IReadOnlyList<RiskRule> Rules { get; init; } = [];

    /// <summary>Every level of the bands onto the common scale.</summary>
    public IReadOnlyDictionary<string, CommonRiskLevel> LevelMap { get; init; } = new Dictionary<string, CommonRiskLevel>();

    public IReadOnlyList<RiskLevelPolicy> Policies { get; init; } = [];

    /// <summary>Every question, in the order the form asks them.</summary>
    public IEnumerable<RiskItem> AllItems() => Sections.SelectMany(s => s.Items);

    public RiskItem? Item(string code) => AllItems().FirstOrDefault(i => i.Code == code);

    /// <summary>The instrument's levels from lowest to highest: its bands' levels by score.</summary>
    public IReadOnlyList<string> Levels() => Bands.OrderBy(b => b.Min).Select(b => b.Level).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The level's place from the lowest (0), or -1 when the instrument has no such level.</summary>
    public int Rank(string level)
    {
        var levels = Levels();
        for (var i = 0; i < levels.Count; i++)
        {
            if (levels[i] == level)
            {
                return i;
            }
        }

        return -1;
    }

    public RiskBand? BandFor(int score) => Bands.FirstOrDefault(b => b.Contains(score));

    /// <summary>The band that names a level (its label and colour).</summary>
    public RiskBand? BandOf(string level) => Bands.FirstOrDefault(b => b.Level == level);

    public CommonRiskLevel CommonOf(string level) =>
        LevelMap.TryGetValue(level, out var common) ? common : throw new ArgumentException($"Level {level} is not mapped.", nameof(level));

    public RiskLevelPolicy? PolicyFor(CommonRiskLevel level) => Policies.FirstOrDefault(p => p.Level == level);

    /// <summary>The lowest raw score any set of answers can reach (a question not asked scores 0).</summary>
    public int MinScore() => AllItems().Sum(i => Math.Min(0, i.Options.Count == 0 ? 0 : i.Options.Min(o => o.Points)));

    /// <summary>The highest raw score any set of answers can reach.</summary>
    public int MaxScore() => AllItems().Sum(i => Math.Max(0, i.Options.Count == 0 ? 0 : i.Options.Max(o => o.Points)));
}
