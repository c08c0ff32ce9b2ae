using System.Globalization;
using Amparo.Domain.Protocols;

namespace Amparo.Server.Console.Components;

/// <summary>A protocol step as the editor holds it while a supervisor changes it; <see cref="IsNew"/> until the protocol is saved.</summary>
public sealed class ProtocolStepDraft
{
    public string Code { get; set; } = "";

    public ProtocolStepKind Kind { get; set; } = ProtocolStepKind.Other;

    public string Es { get; set; } = "";

    public string En { get; set; } = "";

    public bool Required { get; set; } = true;

    /// <summary>Added in this edit: only its code may still change (a saved step's code names its records).</summary>
    public bool IsNew { get; init; }

    public static ProtocolStepDraft From(ProtocolStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return new() { Code = step.Code, Kind = step.Kind, Es = step.Es, En = step.En, Required = step.Required };
    }

    /// <summary>A new step with a code no other step of <paramref name="steps"/> has.</summary>
    public static ProtocolStepDraft Added(IReadOnlyCollection<ProtocolStepDraft> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var number = steps.Count + 1;
        while (steps.Any(s => s.Code == CodeFor(number)))
        {
            number++;
        }

        return new() { Code = CodeFor(number), IsNew = true };
    }

    private static string CodeFor(int number) => string.Create(CultureInfo.InvariantCulture, $"paso_{number}");

    public ProtocolStep ToStep() => new(Code.Trim(), Kind, Es.Trim(), En.Trim(), Required);
}
