using System.Globalization;
using Amparo.Domain.Intake;

namespace Amparo.Server.Intake;

/// <summary>The activation check as the API and the console show it: codes for programs, sentences for people.</summary>
public sealed record ReadinessView(bool Ready, IReadOnlyList<FindingView> Findings, IReadOnlyList<ProposalView> Proposals)
{
    public static ReadinessView From(ActivationReadiness readiness, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(readiness);
        return new(
            readiness.Ready,
            readiness.Findings.Select(f => new FindingView(f.Block.ToString(), f.AddressId, f.DistanceMetres, f.LimitMetres, ActivationText.Describe(f, culture))).ToList(),
            readiness.Proposals.Select(p => new ProposalView(p.ToString(), ActivationText.Describe(p, culture))).ToList());
    }
}

public sealed record FindingView(string Code, Guid? AddressId, double? DistanceMetres, double? LimitMetres, string Message);

public sealed record ProposalView(string Code, string Message);
