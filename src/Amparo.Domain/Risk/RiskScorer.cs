namespace Amparo.Domain.Risk;

/// <summary>
/// Scores an assessment against one version of an instrument: every answer must name a question of it that applies
/// (its parent was answered so that it is asked) with one of its options, and every required question that applies
/// must be answered. The score adds the options' points; its band gives a level; the enabled rules change it in
/// order; an override may then raise it.
/// </summary>
public static class RiskScorer
{
    public static RiskScoring Score(RiskInstrumentDefinition definition, IReadOnlyDictionary<string, string> answers, RiskOverride? raise = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(answers);
        var problems = answers.Keys.Where(k => definition.Item(k) is null)
            .Select(k => $"La pregunta «{k}» no existe en {definition.Code} {definition.Version}.").ToList();
        var asked = new Dictionary<string, string>(StringComparer.Ordinal);
        var score = 0;
        var critical = new List<string>();
        foreach (var item in definition.AllItems())
        {
            var applies = item.Parent is null
                || (asked.TryGetValue(item.Parent, out var parentAnswer) && item.VisibleWhen.Contains(parentAnswer));
            var answered = answers.TryGetValue(item.Code, out var answer);
            if (!applies)
            {
                if (answered)
                {
                    problems.Add($"La pregunta «{item.Code}» no se aplica con la respuesta dada a «{item.Parent}»: no debe responderse.");
                }

                continue;
            }

            if (!answered)
            {
                if (item.Required)
                {
                    problems.Add($"Falta la respuesta a la pregunta «{item.Code}».");
                }

                continue;
            }

            if (item.Option(answer!) is not { } option)
            {
                problems.Add($"«{answer}» no es una respuesta de la pregunta «{item.Code}» (se admite: {string.Join(", ", item.Options.Select(o => o.Code))}).");
                continue;
            }

            asked[item.Code] = option.Code;
            score += option.Points;
            if (item.Critical && option.Points > 0)
            {
                critical.Add(item.Code);
            }
        }

        if (problems.Count > 0)
        {
            return new RiskScoring(null, problems, []);
        }

        return Decide(definition, score, asked, critical, raise);
    }

    private static RiskScoring Decide(
        RiskInstrumentDefinition definition, int score, Dictionary<string, string> asked, List<string> critical, RiskOverride? raise)
    {
        var band = definition.BandFor(score)
            ?? throw new InvalidOperationException($"No band of {definition.Code} {definition.Version} holds {score}: the definition was not validated.");
        var levels = definition.Levels();
        var rank = definition.Rank(band.Level);
        var applied = new List<string>();
        foreach (var rule in definition.Rules.Where(r => r.Enabled))
        {
            if (!asked.TryGetValue(rule.Item, out var answer) || !rule.Answers.Contains(answer))
            {
                continue;
            }

            var next = rule.Kind switch
            {
                RiskRuleKind.Raise => Math.Min(rank + rule.Levels, levels.Count - 1),
                RiskRuleKind.Force => definition.Rank(rule.Level!),
                RiskRuleKind.Cap => Math.Min(rank, definition.Rank(rule.Level!)),
            };
            if (next != rank)
            {
                applied.Add(rule.Code);
                rank = next;
            }
        }

        var computed = levels[rank];
        if (raise is not null && raise.Problems(definition, computed) is { Count: > 0 } refused)
        {
            return new RiskScoring(null, [], refused);
        }

        var final = raise?.Level ?? computed;
        var result = new RiskResult(score, band.Level, applied, computed, final, definition.CommonOf(final), raise, critical);
        return new RiskScoring(result, [], []);
    }
}
