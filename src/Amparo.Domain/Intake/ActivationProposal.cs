namespace Amparo.Domain.Intake;

/// <summary>What the protocol prescribes when the aggressor lives inside the perimeter (seed 002, point 3).</summary>
public enum ActivationProposal
{
    /// <summary>The court fixes him an address outside the perimeter.</summary>
    Relocation,

    /// <summary>They share the home: his removal from it (Law 30364, art. 22.1).</summary>
    ExclusionFromHome,
}
