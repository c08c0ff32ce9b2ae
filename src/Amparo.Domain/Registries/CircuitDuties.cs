namespace Amparo.Domain.Registries;

/// <summary>Which data each circuit requires, and a pure check of the duties a case still leaves unmet.</summary>
public static class CircuitDuties
{
    private static readonly RegistrationDuty[] Common =
        [RegistrationDuty.VictimIdentified, RegistrationDuty.RiskAssessed, RegistrationDuty.MeasuresRegistered];

    /// <summary>Femicide and its attempt route her dependants (2.2.1–2.2.7): they must be identified, with their network.</summary>
    private static readonly RegistrationDuty[] WithDependants =
        [.. Common, RegistrationDuty.DependantsIdentified, RegistrationDuty.DependantSupportNetwork];

    public static IReadOnlyList<RegistrationDuty> For(Circuit circuit) => circuit switch
    {
        Circuit.Femicide or Circuit.AttemptedFemicide => WithDependants,
        Circuit.HighRiskPartnerViolence => Common,
        _ => throw new ArgumentOutOfRangeException(nameof(circuit), circuit, null),
    };

    public static IReadOnlyList<RegistrationDuty> Unmet(Circuit circuit, CircuitFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return For(circuit).Where(duty => !IsMet(duty, facts)).ToList();
    }

    private static bool IsMet(RegistrationDuty duty, CircuitFacts facts) => duty switch
    {
        RegistrationDuty.VictimIdentified => facts.VictimDocumentPresent,
        RegistrationDuty.DependantsIdentified => facts.DependantCount > 0 || facts.DeclaredNoDependants,
        RegistrationDuty.DependantSupportNetwork => facts.DependantsWithNetworkUnnamed == 0,
        RegistrationDuty.RiskAssessed => facts.RiskAssessmentCount > 0,
        RegistrationDuty.MeasuresRegistered => facts.MeasureCount > 0,
        _ => throw new ArgumentOutOfRangeException(nameof(duty), duty, null),
    };
}
