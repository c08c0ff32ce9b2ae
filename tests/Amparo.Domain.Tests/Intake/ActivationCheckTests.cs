using Amparo.Domain.Geo;
using Amparo.Domain.Intake;
using Amparo.Domain.Risk;

namespace Amparo.Domain.Tests.Intake;

public class ActivationCheckTests
{
    private static readonly IntakePolicy Policy = new();
    private static readonly IntakeAddress HerHome = new(Guid.NewGuid(), "Calle Mercaderes 120", AddressKind.Home, Places.Home, Confirmed: true, Protected: true, Coverage.Good);

    private static IntakeAddress His(GeoPoint point, bool confirmed = true) =>
        new(Guid.NewGuid(), "Av. Ejército 800", AddressKind.Home, point, confirmed, Protected: false, Coverage.Unknown);

    private static IntakeFacts Ready(params IntakeAddress[] his) => new(
        OrderInForce: true, PerimeterMetres: 1_000, CommonRiskLevel.High, ConsentDecision.Given, [HerHome],
        his.Length == 0 ? [His(Places.North(Places.Home, 2_500))] : his);

    [Fact]
    public void A_complete_case_is_ready()
    {
        var readiness = ActivationCheck.Evaluate(Ready(), Policy);
        Assert.True(readiness.Ready);
        Assert.Empty(readiness.Proposals);
    }

    [Fact]
    public void Her_refusal_to_carry_a_device_does_not_block_the_aggressors_monitoring()
    {
        Assert.True(ActivationCheck.Evaluate(Ready() with { Consent = ConsentDecision.Refused }, Policy).Ready);
    }

    [Fact]
    public void Every_missing_prerequisite_is_reported_at_once()
    {
        var facts = new IntakeFacts(false, 1_000, null, ConsentDecision.Pending, [], []);
        var blocks = ActivationCheck.Evaluate(facts, Policy).Findings.Select(f => f.Block).ToList();
        Assert.Equal(
            [ActivationBlock.NoOrderInForce, ActivationBlock.NoRiskAssessment, ActivationBlock.ConsentPending, ActivationBlock.NoVictimHome, ActivationBlock.NoAggressorAddress],
            blocks);
    }

    [Theory]
    [InlineData(CommonRiskLevel.Low, false)]
    [InlineData(CommonRiskLevel.Medium, false)]
    [InlineData(CommonRiskLevel.High, true)]
    [InlineData(CommonRiskLevel.Extreme, true)]
    public void Only_a_high_risk_situation_enters_the_programme(CommonRiskLevel level, bool ready)
    {
        var readiness = ActivationCheck.Evaluate(Ready() with { RiskLevel = level }, Policy);
        Assert.Equal(ready, readiness.Ready);
        Assert.Equal(ready, !readiness.Findings.Any(f => f.Block == ActivationBlock.RiskBelowThreshold));
    }

    [Fact]
    public void A_perimeter_under_1000_m_is_refused()
    {
        var finding = Assert.Single(ActivationCheck.Evaluate(Ready() with { PerimeterMetres = 500 }, Policy).Findings);
        Assert.Equal(ActivationBlock.PerimeterBelowMinimum, finding.Block);
        Assert.Equal(500, finding.DistanceMetres);
        Assert.Equal(1_000, finding.LimitMetres);
    }

    [Fact]
    public void An_aggressor_living_inside_her_perimeter_blocks_activation_and_relocation_is_proposed()
    {
        var his = His(Places.North(Places.Home, 700));
        var readiness = ActivationCheck.Evaluate(Ready(his), Policy);
        var finding = Assert.Single(readiness.Findings);
        Assert.Equal(ActivationBlock.AggressorInsidePerimeter, finding.Block);
        Assert.Equal(his.Id, finding.AddressId);
        Assert.InRange(finding.DistanceMetres!.Value, 699, 701);
        Assert.Equal([ActivationProposal.Relocation], readiness.Proposals);
    }

    [Fact]
    public void When_they_share_the_home_his_exclusion_from_it_is_proposed_too()
    {
        var readiness = ActivationCheck.Evaluate(Ready(His(Places.East(Places.Home, 10))), Policy);
        Assert.Equal([ActivationProposal.Relocation, ActivationProposal.ExclusionFromHome], readiness.Proposals);
    }

    [Fact]
    public void An_aggressor_just_outside_the_perimeter_does_not_block()
    {
        Assert.True(ActivationCheck.Evaluate(Ready(His(Places.North(Places.Home, 1_050))), Policy).Ready);
    }

    [Fact]
    public void Her_work_counts_as_much_as_her_home_when_the_order_protects_it()
    {
        var work = new IntakeAddress(Guid.NewGuid(), "Mercado San Camilo", AddressKind.Work, Places.East(Places.Home, 5_000), true, true, Coverage.Good);
        var his = His(Places.East(Places.Home, 5_600));
        var facts = Ready(his) with { VictimAddresses = [HerHome, work] };
        var finding = Assert.Single(ActivationCheck.Evaluate(facts, Policy).Findings);
        Assert.Equal(ActivationBlock.AggressorInsidePerimeter, finding.Block);
        Assert.InRange(finding.DistanceMetres!.Value, 599, 601);
    }

    [Fact]
    public void Unconfirmed_addresses_and_missing_or_absent_coverage_block()
    {
        var unconfirmed = HerHome with { Id = Guid.NewGuid(), Confirmed = false, Coverage = Coverage.Unknown };
        var noSignal = HerHome with { Id = Guid.NewGuid(), Kind = AddressKind.Work, Coverage = Coverage.None };
        var weak = HerHome with { Id = Guid.NewGuid(), Kind = AddressKind.Study, Coverage = Coverage.Weak };
        var hisUnconfirmed = His(Places.North(Places.Home, 3_000), confirmed: false);
        var facts = Ready(hisUnconfirmed) with { VictimAddresses = [unconfirmed, noSignal, weak] };
        var findings = ActivationCheck.Evaluate(facts, Policy).Findings;
        Assert.Contains(findings, f => f.Block == ActivationBlock.AddressNotConfirmed && f.AddressId == unconfirmed.Id);
        Assert.Contains(findings, f => f.Block == ActivationBlock.CoverageNotReported && f.AddressId == unconfirmed.Id);
        Assert.Contains(findings, f => f.Block == ActivationBlock.NoCoverage && f.AddressId == noSignal.Id);
        Assert.Contains(findings, f => f.Block == ActivationBlock.AddressNotConfirmed && f.AddressId == hisUnconfirmed.Id);
        Assert.DoesNotContain(findings, f => f.AddressId == weak.Id);
    }

    [Fact]
    public void An_unprotected_address_of_hers_is_neither_surveyed_nor_a_perimeter()
    {
        var mother = new IntakeAddress(Guid.NewGuid(), "Casa de su madre", AddressKind.Other, Places.North(Places.Home, 8_000), false, false, Coverage.Unknown);
        var his = His(Places.North(Places.Home, 8_100));
        Assert.True(ActivationCheck.Evaluate(Ready(his) with { VictimAddresses = [HerHome, mother] }, Policy).Ready);
    }
}
