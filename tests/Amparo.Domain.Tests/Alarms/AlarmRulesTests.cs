using System.Globalization;
using Amparo.Domain.Alarms;

namespace Amparo.Domain.Tests.Alarms;

public class AlarmRulesTests
{
    [Fact]
    public void Breaches_outrank_pre_alerts_and_have_their_own_tone()
    {
        Assert.Equal(AlarmPriority.Critical, AlarmTypeInfo.For(AlarmType.ZoneEntry).Priority);
        Assert.Equal(AlarmPriority.Critical, AlarmTypeInfo.For(AlarmType.Proximity).Priority);
        Assert.Equal(AlarmPriority.High, AlarmTypeInfo.For(AlarmType.ZonePreAlert).Priority);
        Assert.NotEqual(AlarmTypeInfo.For(AlarmType.ZoneEntry).Sound, AlarmTypeInfo.For(AlarmType.ZonePreAlert).Sound);
    }

    [Fact]
    public void Every_type_has_a_distinct_wire_code_that_maps_back()
    {
        var codes = AlarmTypeInfo.All.Select(i => i.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(AlarmTypeInfo.All, i => Assert.Equal(i.Type, AlarmTypeInfo.FromCode(i.Code)?.Type));
    }

    [Theory]
    [InlineData(AlarmState.New, true, true, true)]
    [InlineData(AlarmState.Claimed, false, true, true)]
    [InlineData(AlarmState.Acknowledged, false, false, true)]
    [InlineData(AlarmState.Resolved, false, false, false)]
    public void The_state_machine_allows_only_forward_steps(AlarmState state, bool claim, bool acknowledge, bool resolve)
    {
        Assert.Equal(claim, AlarmTransitions.CanClaim(state));
        Assert.Equal(acknowledge, AlarmTransitions.CanAcknowledge(state));
        Assert.Equal(resolve, AlarmTransitions.CanResolve(state));
    }

    [Fact]
    public void The_explanation_is_Spanish_by_default_and_English_on_request()
    {
        var evidence = new AlarmEvidence("dynamic_zone", 300, 300, 212.4,
            new FixEvidence(Guid.NewGuid(), DateTime.UtcNow, -16.4, -71.5, 8), null, null, null);

        Assert.Equal("El agresor está a 212 m de la víctima (distancia ordenada 300 m).", AlarmExplanation.Spanish(AlarmType.Proximity, evidence));
        Assert.Equal("The aggressor is 212 m from the victim (ordered distance 300 m).",
            AlarmExplanation.Format(AlarmType.Proximity, evidence, CultureInfo.GetCultureInfo("en")));
    }
}
