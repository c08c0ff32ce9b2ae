namespace Amparo.Data.Retention;

/// <summary>
/// <c>Amparo:Retention</c>: what each jurisdiction's law says about keeping a closed case's records. <c>Default</c>
/// applies where a jurisdiction (by its name under <c>Jurisdictions</c>) says nothing; with nothing configured, nothing
/// is purged.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Amparo:Retention";

    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromHours(6);

    public RetentionRules Default { get; set; } = new();

    public Dictionary<string, RetentionRules> Jurisdictions { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public RetentionRules For(string jurisdiction) =>
        Jurisdictions.TryGetValue(jurisdiction, out var rules) ? rules.Over(Default) : Default;
}
