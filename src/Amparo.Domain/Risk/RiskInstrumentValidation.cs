namespace Amparo.Domain.Risk;

/// <summary>What is wrong with an instrument's definition, in Spanish; empty when it can be used.</summary>
public static class RiskInstrumentValidation
{
    public const int MaxTextLength = 500;

    public static IReadOnlyList<string> Problems(RiskInstrumentDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var problems = new List<string>();
        if (!RiskCodes.IsInstrument(definition.Code))
        {
            problems.Add($"Código de instrumento inválido: «{definition.Code}» (minúsculas, dígitos y «-», de 2 a 40).");
        }

        if (!RiskCodes.IsVersion(definition.Version))
        {
            problems.Add($"Versión inválida: «{definition.Version}» (letras, dígitos, «.», «_» o «-», hasta 20).");
        }

        if (!definition.Name.IsComplete(200))
        {
            problems.Add("El instrumento necesita su nombre en español y en inglés (hasta 200 caracteres).");
        }

        if (string.IsNullOrWhiteSpace(definition.Jurisdiction) || definition.Jurisdiction.Length > 120)
        {
            problems.Add("Indique dónde se usa el instrumento (jurisdicción, hasta 120 caracteres).");
        }

        if (definition.EffectiveFrom is { } from && definition.EffectiveTo is { } to && to < from)
        {
            problems.Add($"La vigencia termina ({to:yyyy-MM-dd}) antes de empezar ({from:yyyy-MM-dd}).");
        }

        problems.AddRange(RiskItemValidation.Problems(definition));
        problems.AddRange(RiskScaleValidation.Problems(definition));
        problems.AddRange(RiskRuleValidation.Problems(definition));
        return problems;
    }
}
