namespace Amparo.Domain.Intake;

/// <summary>The outcome of the activation check: ready, or what blocks it and what the protocol proposes.</summary>
public sealed record ActivationReadiness(IReadOnlyList<ActivationFinding> Findings, IReadOnlyList<ActivationProposal> Proposals)
{
    public bool Ready => Findings.Count == 0;
}
