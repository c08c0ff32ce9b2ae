using System.Text.RegularExpressions;
using Amparo.Domain.Alarms;

namespace Amparo.Domain.Protocols;

/// <summary>The ordered checklist the centre follows for one alarm type.</summary>
public sealed partial record ResponseProtocol(AlarmType Type, IReadOnlyList<ProtocolStep> Steps)
{
    public const int MaxSteps = 20;

    /// <summary>What is wrong with this protocol, in the centre's words; empty when it can be saved.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Steps.Count is 0 or > MaxSteps)
        {
            problems.Add($"Un protocolo tiene entre 1 y {MaxSteps} pasos.");
        }

        foreach (var step in Steps)
        {
            if (!CodePattern().IsMatch(step.Code))
            {
                problems.Add($"Código de paso inválido: «{step.Code}» (minúsculas, dígitos y «_», hasta 40).");
            }

            if (string.IsNullOrWhiteSpace(step.Es) || string.IsNullOrWhiteSpace(step.En) || step.Es.Length > 300 || step.En.Length > 300)
            {
                problems.Add($"El paso «{step.Code}» necesita su texto en español y en inglés (hasta 300 caracteres).");
            }
        }

        if (Steps.Select(s => s.Code).Distinct(StringComparer.Ordinal).Count() != Steps.Count)
        {
            problems.Add("Los códigos de paso se repiten.");
        }

        return problems;
    }

    [GeneratedRegex("^[a-z0-9_]{1,40}$")]
    private static partial Regex CodePattern();
}
