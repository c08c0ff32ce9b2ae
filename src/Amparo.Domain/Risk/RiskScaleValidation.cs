namespace Amparo.Domain.Risk;

/// <summary>The scale's problems: bands that overlap or leave scores out, levels not mapped, policies missing.</summary>
internal static class RiskScaleValidation
{
    public static IEnumerable<string> Problems(RiskInstrumentDefinition definition) =>
        BandProblems(definition).Concat(MapProblems(definition)).Concat(PolicyProblems(definition));

    private static IEnumerable<string> BandProblems(RiskInstrumentDefinition definition)
    {
        if (definition.Bands.Count == 0)
        {
            yield return "El instrumento no tiene bandas de puntuación.";
            yield break;
        }

        foreach (var band in definition.Bands)
        {
            if (!RiskCodes.IsPart(band.Level))
            {
                yield return $"Código de nivel inválido: «{band.Level}» (minúsculas, dígitos y «_», hasta 40).";
            }

            if (band.Min > band.Max)
            {
                yield return $"La banda «{band.Level}» empieza en {band.Min} y termina en {band.Max}: el mínimo no puede superar al máximo.";
            }

            if (!band.Label.IsComplete(120))
            {
                yield return $"La banda «{band.Level}» necesita su etiqueta en español y en inglés.";
            }

            if (!RiskCodes.IsColour(band.Colour))
            {
                yield return $"La banda «{band.Level}» necesita un color #rrggbb (tiene «{band.Colour}»).";
            }
        }

        foreach (var duplicate in RiskItemValidation.Duplicates(definition.Bands.Select(b => b.Level)))
        {
            yield return $"El nivel «{duplicate}» aparece en más de una banda.";
        }

        var ordered = definition.Bands.OrderBy(b => b.Min).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var (before, after) = (ordered[i - 1], ordered[i]);
            if (after.Min <= before.Max)
            {
                yield return $"Las bandas «{before.Level}» ({before.Min}–{before.Max}) y «{after.Level}» ({after.Min}–{after.Max}) se solapan.";
            }
            else if (after.Min > before.Max + 1)
            {
                yield return $"Ninguna banda cubre las puntuaciones {before.Max + 1}–{after.Min - 1}.";
            }
        }

        var (min, max) = (definition.MinScore(), definition.MaxScore());
        if (ordered[0].Min > min)
        {
            yield return $"Ninguna banda cubre las puntuaciones {min}–{ordered[0].Min - 1} (la mínima posible es {min}).";
        }

        if (ordered.Max(b => b.Max) < max)
        {
            yield return $"Ninguna banda cubre las puntuaciones {ordered.Max(b => b.Max) + 1}–{max} (la máxima posible es {max}).";
        }
    }

    private static IEnumerable<string> MapProblems(RiskInstrumentDefinition definition)
    {
        var levels = definition.Levels();
        foreach (var unmapped in levels.Where(l => !definition.LevelMap.ContainsKey(l)))
        {
            yield return $"El nivel «{unmapped}» no está en el mapa de niveles comunes.";
        }

        foreach (var unknown in definition.LevelMap.Keys.Where(k => !levels.Contains(k)))
        {
            yield return $"El mapa de niveles comunes nombra «{unknown}», que ninguna banda usa.";
        }

        var mapped = levels.Where(definition.LevelMap.ContainsKey).ToList();
        for (var i = 1; i < mapped.Count; i++)
        {
            if (definition.LevelMap[mapped[i]] < definition.LevelMap[mapped[i - 1]])
            {
                yield return $"El nivel «{mapped[i]}» puntúa más que «{mapped[i - 1]}» pero su nivel común es menor " +
                    $"({CommonRiskLevelNames.Es(definition.LevelMap[mapped[i]])} < {CommonRiskLevelNames.Es(definition.LevelMap[mapped[i - 1]])}).";
            }
        }
    }

    private static IEnumerable<string> PolicyProblems(RiskInstrumentDefinition definition)
    {
        foreach (var duplicate in definition.Policies.GroupBy(p => p.Level).Where(g => g.Count() > 1))
        {
            yield return $"La política del nivel común «{CommonRiskLevelNames.Es(duplicate.Key)}» está más de una vez.";
        }

        foreach (var common in definition.LevelMap.Values.Distinct().Order().Where(c => definition.PolicyFor(c) is null))
        {
            yield return $"Falta la política del nivel común «{CommonRiskLevelNames.Es(common)}».";
        }

        foreach (var policy in definition.Policies)
        {
            var name = CommonRiskLevelNames.Es(policy.Level);
            if (policy.ReassessEveryDays is < 1 or > 730)
            {
                yield return $"La política del nivel «{name}» debe pedir una nueva valoración cada 1 a 730 días.";
            }

            if (policy.PreAlertMetres < 0 || policy.CheckInCallEveryHours < 0 || policy.PoliceRoundsPerWeek < 0 || policy.CourtDeadlineHours < 0)
            {
                yield return $"La política del nivel «{name}» tiene valores negativos.";
            }
        }
    }
}
