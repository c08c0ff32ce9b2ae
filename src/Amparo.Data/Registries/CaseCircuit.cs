using Amparo.Domain.Registries;

namespace Amparo.Data.Registries;

/// <summary>A case's registration in one of the protocol's circuits (seed 004): at most once per circuit.</summary>
public sealed class CaseCircuit
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Circuit Circuit { get; set; }

    public DateTime RegisteredAt { get; set; }

    public required string RegisteredBy { get; set; }

    public string? Note { get; set; }

    /// <summary>The registrar recorded that the victim has no dependants (the dependants' duty is then met).</summary>
    public bool NoDependants { get; set; }
}
