namespace Amparo.Domain.Risk;

/// <summary>The form's problems: sections, questions, their options and which question depends on which.</summary>
internal static class RiskItemValidation
{
    public static IEnumerable<string> Problems(RiskInstrumentDefinition definition)
    {
        if (definition.Sections.Count == 0 || !definition.AllItems().Any())
        {
            yield return "El instrumento no tiene preguntas.";
        }

        foreach (var duplicate in Duplicates(definition.Sections.Select(s => s.Code)))
        {
            yield return $"El código de sección «{duplicate}» se repite.";
        }

        foreach (var duplicate in Duplicates(definition.AllItems().Select(i => i.Code)))
        {
            yield return $"El código de pregunta «{duplicate}» se repite.";
        }

        foreach (var section in definition.Sections)
        {
            if (!RiskCodes.IsPart(section.Code))
            {
                yield return $"Código de sección inválido: «{section.Code}» (minúsculas, dígitos y «_», hasta 40).";
            }

            if (!section.Title.IsComplete(RiskInstrumentValidation.MaxTextLength))
            {
                yield return $"La sección «{section.Code}» necesita su título en español y en inglés.";
            }
        }

        var asked = new Dictionary<string, RiskItem>(StringComparer.Ordinal);
        foreach (var item in definition.AllItems())
        {
            foreach (var problem in ItemProblems(item, asked, definition))
            {
                yield return problem;
            }

            asked.TryAdd(item.Code, item);
        }
    }

    private static IEnumerable<string> ItemProblems(RiskItem item, Dictionary<string, RiskItem> earlier, RiskInstrumentDefinition definition)
    {
        if (!RiskCodes.IsPart(item.Code))
        {
            yield return $"Código de pregunta inválido: «{item.Code}» (minúsculas, dígitos y «_», hasta 40).";
        }

        if (!item.Text.IsComplete(RiskInstrumentValidation.MaxTextLength))
        {
            yield return $"La pregunta «{item.Code}» necesita su texto en español y en inglés (hasta {RiskInstrumentValidation.MaxTextLength} caracteres).";
        }

        foreach (var problem in OptionProblems(item))
        {
            yield return problem;
        }

        if (item.Parent is null)
        {
            if (item.VisibleWhen.Count > 0)
            {
                yield return $"La pregunta «{item.Code}» tiene condición de visibilidad pero no depende de ninguna pregunta.";
            }

            yield break;
        }

        if (!earlier.TryGetValue(item.Parent, out var parent))
        {
            yield return definition.Item(item.Parent) is null
                ? $"La pregunta «{item.Code}» depende de «{item.Parent}», que no existe."
                : $"La pregunta «{item.Code}» depende de «{item.Parent}», que se pregunta después: una pregunta solo depende de otra anterior.";
            yield break;
        }

        if (item.VisibleWhen.Count == 0)
        {
            yield return $"La pregunta «{item.Code}» depende de «{item.Parent}» pero no dice con qué respuestas se pregunta.";
        }

        foreach (var unknown in item.VisibleWhen.Where(v => parent.Option(v) is null))
        {
            yield return $"La pregunta «{item.Code}» se muestra con la respuesta «{unknown}», que «{item.Parent}» no tiene.";
        }
    }

    private static IEnumerable<string> OptionProblems(RiskItem item)
    {
        var codes = item.Options.Select(o => o.Code).ToList();
        if (item.Answer == RiskAnswerType.YesNo && !(codes.Count == 2 && codes.Contains(RiskOption.Yes) && codes.Contains(RiskOption.No)))
        {
            yield return $"La pregunta «{item.Code}» es de sí/no: sus opciones deben ser exactamente «{RiskOption.Yes}» y «{RiskOption.No}».";
        }

        if (item.Answer == RiskAnswerType.SingleChoice && codes.Count < 2)
        {
            yield return $"La pregunta «{item.Code}» es de opción única: necesita al menos dos opciones.";
        }

        foreach (var duplicate in Duplicates(codes))
        {
            yield return $"La opción «{duplicate}» se repite en la pregunta «{item.Code}».";
        }

        foreach (var option in item.Options)
        {
            if (!RiskCodes.IsPart(option.Code))
            {
                yield return $"Código de opción inválido en la pregunta «{item.Code}»: «{option.Code}».";
            }

            if (!option.Text.IsComplete(200))
            {
                yield return $"La opción «{option.Code}» de la pregunta «{item.Code}» necesita su texto en español y en inglés.";
            }

            if (option.Points is < -100 or > 100)
            {
                yield return $"La opción «{option.Code}» de la pregunta «{item.Code}» da {option.Points} puntos: se admiten de -100 a 100.";
            }
        }
    }

    internal static IEnumerable<string> Duplicates(IEnumerable<string> codes) =>
        codes.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
}
