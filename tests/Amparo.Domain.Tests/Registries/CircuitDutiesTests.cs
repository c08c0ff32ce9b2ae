using Amparo.Domain.Registries;

namespace Amparo.Domain.Tests.Registries;

public class CircuitDutiesTests
{
    private static readonly CircuitFacts Complete = new(VictimDocumentPresent: true, DependantCount: 1, DeclaredNoDependants: false,
        DependantsWithNetworkUnnamed: 0, RiskAssessmentCount: 1, MeasureCount: 2);

    [Fact]
    public void A_case_with_everything_registered_leaves_no_duty_unmet_in_any_circuit()
    {
        Assert.All(Enum.GetValues<Circuit>(), c => Assert.Empty(CircuitDuties.Unmet(c, Complete)));
    }

    [Fact]
    public void Femicide_and_its_attempt_require_the_dependants_and_their_network_while_partner_violence_does_not()
    {
        var noDependants = Complete with { DependantCount = 0 };
        Assert.Equal([RegistrationDuty.DependantsIdentified], CircuitDuties.Unmet(Circuit.AttemptedFemicide, noDependants));
        Assert.Equal([RegistrationDuty.DependantsIdentified], CircuitDuties.Unmet(Circuit.Femicide, noDependants));
        Assert.Empty(CircuitDuties.Unmet(Circuit.HighRiskPartnerViolence, noDependants));
        Assert.Empty(CircuitDuties.Unmet(Circuit.Femicide, noDependants with { DeclaredNoDependants = true }));

        var unnamed = Complete with { DependantsWithNetworkUnnamed = 1 };
        Assert.Equal([RegistrationDuty.DependantSupportNetwork], CircuitDuties.Unmet(Circuit.Femicide, unnamed));
        Assert.Empty(CircuitDuties.Unmet(Circuit.HighRiskPartnerViolence, unnamed));
    }

    [Fact]
    public void Every_circuit_requires_the_victims_document_the_risk_and_the_measures()
    {
        var bare = new CircuitFacts(false, 0, false, 0, 0, 0);
        Assert.Equal(
            [RegistrationDuty.VictimIdentified, RegistrationDuty.RiskAssessed, RegistrationDuty.MeasuresRegistered],
            CircuitDuties.Unmet(Circuit.HighRiskPartnerViolence, bare));
        // No dependant yet: nothing to say about their network, but they must be identified.
        Assert.Equal(4, CircuitDuties.Unmet(Circuit.AttemptedFemicide, bare).Count);
        Assert.DoesNotContain(RegistrationDuty.DependantSupportNetwork, CircuitDuties.Unmet(Circuit.AttemptedFemicide, bare));
        Assert.All(Enum.GetValues<RegistrationDuty>(), d => Assert.False(string.IsNullOrWhiteSpace(RegistrationDutyText.Spanish(d))));
    }
}
