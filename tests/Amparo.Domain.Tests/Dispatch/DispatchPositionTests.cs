using Amparo.Domain.Alarms;
using Amparo.Domain.Dispatch;
using Amparo.Domain.People;

namespace Amparo.Domain.Tests.Dispatch;

public class DispatchPositionTests
{
    private static readonly FixEvidence AggressorFix = new(Guid.NewGuid(), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), -16.40, -71.53, 6);
    private static readonly FixEvidence VictimFix = new(Guid.NewGuid(), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), -16.41, -71.54, 8);

    private static AlarmEvidence Evidence(FixEvidence? aggressor, FixEvidence? victim) => new("rule", 500, 500, 100, aggressor, victim, null, null);

    [Fact]
    public void A_breach_sends_the_police_to_the_aggressor() =>
        Assert.Equal(new DispatchPosition(AggressorFix, PartyRole.Aggressor), DispatchPosition.Choose(AlarmType.ZoneEntry, Evidence(AggressorFix, VictimFix)));

    [Fact]
    public void A_panic_button_sends_the_police_to_the_victim() =>
        Assert.Equal(new DispatchPosition(VictimFix, PartyRole.Victim), DispatchPosition.Choose(AlarmType.Panic, Evidence(AggressorFix, VictimFix)));

    [Fact]
    public void The_other_party_stands_in_when_one_fix_is_missing() =>
        Assert.Equal(PartyRole.Victim, DispatchPosition.Choose(AlarmType.StrapTamper, Evidence(null, VictimFix))!.Party);

    [Fact]
    public void No_fix_no_position() =>
        Assert.Null(DispatchPosition.Choose(AlarmType.SignalLoss, Evidence(null, null)));
}
