namespace Amparo.Domain.Risk;

/// <summary>
/// An assessor's professional judgement over the computed level: it may only raise it, with a reason (as VioGén
/// allows an officer), and both levels are kept.
/// </summary>
public sealed record RiskOverride(string Level, string Reason)
{
    public const int MaxReasonLength = 2000;

    /// <summary>Why this override cannot apply to <paramref name="computedLevel"/>; empty when it can.</summary>
    public IReadOnlyList<string> Problems(RiskInstrumentDefinition definition, string computedLevel)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Reason) || Reason.Length > MaxReasonLength)
        {
            problems.Add($"Explique por qué eleva el nivel (hasta {MaxReasonLength} caracteres).");
        }

        var rank = definition.Rank(Level);
        if (rank < 0)
        {
            problems.Add($"El nivel «{Level}» no existe en este instrumento (niveles: {string.Join(", ", definition.Levels())}).");
        }
        else if (rank <= definition.Rank(computedLevel))
        {
            problems.Add($"Un nivel solo puede elevarse, nunca bajarse: «{Level}» no está por encima del nivel calculado «{computedLevel}».");
        }

        return problems;
    }
}
