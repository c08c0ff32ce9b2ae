namespace Amparo.Domain.Risk;

/// <summary>The rules' problems: unknown questions, answers or levels, and raises of nothing.</summary>
internal static class RiskRuleValidation
{
    public static IEnumerable<string> Problems(RiskInstrumentDefinition definition)
    {
        foreach (var duplicate in RiskItemValidation.Duplicates(definition.Rules.Select(r => r.Code)))
        {
            yield return $"El código de regla «{duplicate}» se repite.";
        }

        var levels = definition.Levels();
        foreach (var rule in definition.Rules)
        {
            if (!RiskCodes.IsPart(rule.Code))
            {
                yield return $"Código de regla inválido: «{rule.Code}» (minúsculas, dígitos y «_», hasta 40).";
            }

            if (definition.Item(rule.Item) is not { } item)
            {
                yield return $"La regla «{rule.Code}» mira la pregunta «{rule.Item}», que no existe.";
            }
            else
            {
                if (rule.Answers.Count == 0)
                {
                    yield return $"La regla «{rule.Code}» no dice con qué respuestas de «{rule.Item}» se aplica.";
                }

                foreach (var unknown in rule.Answers.Where(a => item.Option(a) is null))
                {
                    yield return $"La regla «{rule.Code}» nombra la respuesta «{unknown}», que la pregunta «{rule.Item}» no tiene.";
                }
            }

            if (rule.Kind == RiskRuleKind.Raise && rule.Levels is < 1 or > 10)
            {
                yield return $"La regla «{rule.Code}» eleva el nivel: diga cuántos niveles (de 1 a 10).";
            }

            if (rule.Kind != RiskRuleKind.Raise && (rule.Level is null || !levels.Contains(rule.Level)))
            {
                yield return $"La regla «{rule.Code}» fija o limita el nivel a «{rule.Level}», que ninguna banda usa.";
            }
        }
    }
}
