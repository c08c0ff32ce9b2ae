using Amparo.Domain.Geo;

namespace Amparo.Domain.Intake;

/// <summary>
/// Whether a case may be activated: the prerequisites of the protocol (order, high risk, the victim's decision,
/// coverage at her addresses) and its feasibility (addresses confirmed on the map, the ordered perimeter at least
/// the minimum and clear of the aggressor's own address). Every finding is reported, not just the first.
/// </summary>
public static class ActivationCheck
{
    public static ActivationReadiness Evaluate(IntakeFacts facts, IntakePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(policy);
        var findings = new List<ActivationFinding>();
        if (!facts.OrderInForce)
        {
            findings.Add(new(ActivationBlock.NoOrderInForce));
        }

        if (facts.RiskLevel is not { } risk)
        {
            findings.Add(new(ActivationBlock.NoRiskAssessment));
        }
        else if (risk < policy.MinimumRisk)
        {
            findings.Add(new(ActivationBlock.RiskBelowThreshold));
        }

        if (facts.Consent == ConsentDecision.Pending)
        {
            findings.Add(new(ActivationBlock.ConsentPending));
        }

        if (facts.PerimeterMetres < policy.MinimumPerimeterMetres)
        {
            findings.Add(new(ActivationBlock.PerimeterBelowMinimum, DistanceMetres: facts.PerimeterMetres, LimitMetres: policy.MinimumPerimeterMetres));
        }

        var protectedPlaces = facts.VictimAddresses.Where(a => a.Protected).ToList();
        if (!protectedPlaces.Any(a => a.Kind == AddressKind.Home))
        {
            findings.Add(new(ActivationBlock.NoVictimHome));
        }

        foreach (var address in protectedPlaces)
        {
            findings.AddRange(Survey(address));
        }

        if (facts.AggressorAddresses.Count == 0)
        {
            findings.Add(new(ActivationBlock.NoAggressorAddress));
        }

        foreach (var address in facts.AggressorAddresses.Where(a => !a.Confirmed || a.Point is null))
        {
            findings.Add(new(ActivationBlock.AddressNotConfirmed, address.Id, address.Label));
        }

        var proposals = new SortedSet<ActivationProposal>();
        foreach (var (his, hers, distance) in Overlaps(facts, protectedPlaces))
        {
            findings.Add(new(ActivationBlock.AggressorInsidePerimeter, his.Id, his.Label, Math.Round(distance), facts.PerimeterMetres));
            proposals.Add(ActivationProposal.Relocation);
            if (distance <= policy.SameHomeMetres && hers.Kind == AddressKind.Home)
            {
                proposals.Add(ActivationProposal.ExclusionFromHome);
            }
        }

        return new ActivationReadiness(findings, [.. proposals]);
    }

    private static IEnumerable<ActivationFinding> Survey(IntakeAddress address)
    {
        if (!address.Confirmed || address.Point is null)
        {
            yield return new(ActivationBlock.AddressNotConfirmed, address.Id, address.Label);
        }

        if (address.Coverage == Coverage.Unknown)
        {
            yield return new(ActivationBlock.CoverageNotReported, address.Id, address.Label);
        }
        else if (address.Coverage == Coverage.None)
        {
            yield return new(ActivationBlock.NoCoverage, address.Id, address.Label);
        }
    }

    /// <summary>Each of his located addresses within the perimeter of one of her protected places, the nearest first.</summary>
    private static IEnumerable<(IntakeAddress His, IntakeAddress Hers, double Distance)> Overlaps(IntakeFacts facts, List<IntakeAddress> protectedPlaces)
    {
        foreach (var his in facts.AggressorAddresses.Where(a => a.Point is not null))
        {
            var nearest = protectedPlaces.Where(a => a.Point is not null)
                .Select(hers => (Hers: hers, Distance: new LocalProjection(hers.Point!.Value).DistanceMetres(hers.Point.Value, his.Point!.Value)))
                .OrderBy(x => x.Distance)
                .FirstOrDefault();
            if (nearest.Hers is not null && nearest.Distance < facts.PerimeterMetres)
            {
                yield return (his, nearest.Hers, nearest.Distance);
            }
        }
    }
}
