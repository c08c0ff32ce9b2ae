using Amparo.Domain.Alarms;
using Amparo.Domain.Monitoring;
using Amparo.Domain.People;
using Amparo.Domain.Positions;

namespace Amparo.Domain.Tests.Monitoring;

public class DeviceAlarmRuleTests
{
    private static PartyFix Fix(PartyRole role) => new(role, Guid.NewGuid(), new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc), Places.Home, 9);

    [Theory]
    [InlineData("sos", AlarmType.Panic)]
    [InlineData("removing", AlarmType.StrapTamper)]
    [InlineData("tampering", AlarmType.StrapTamper)]
    [InlineData("powerCut", AlarmType.PowerCut)]
    [InlineData("lowBattery", AlarmType.LowBattery)]
    public void Device_alarms_the_centre_acts_on_become_triggers(string deviceAlarm, AlarmType expected)
    {
        var trigger = DeviceAlarmRule.Evaluate(Fix(PartyRole.Aggressor), deviceAlarm, "78780a13");

        Assert.Equal(expected, trigger!.Type);
        Assert.Equal(deviceAlarm, trigger.Evidence.DeviceAlarm);
        Assert.Equal("78780a13", trigger.Evidence.RawFrame);
        Assert.Equal(Places.Home.Latitude, trigger.Evidence.Aggressor!.Latitude);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("hardBraking")]
    [InlineData("overspeed")]
    public void Other_device_events_raise_nothing(string? deviceAlarm) =>
        Assert.Null(DeviceAlarmRule.Evaluate(Fix(PartyRole.Aggressor), deviceAlarm, null));

    [Fact]
    public void A_victims_SOS_is_critical_breach_toned_and_says_it_is_hers()
    {
        var trigger = DeviceAlarmRule.Evaluate(Fix(PartyRole.Victim), "sos", null)!;

        Assert.Null(trigger.Evidence.Aggressor);
        Assert.NotNull(trigger.Evidence.Victim);
        Assert.Equal(AlarmPriority.Critical, AlarmTypeInfo.For(AlarmType.Panic).Priority);
        Assert.Equal(AlarmSoundClass.Breach, AlarmTypeInfo.For(AlarmType.Panic).Sound);
        Assert.Equal("La víctima pulsó el botón de pánico (SOS) de su dispositivo.", trigger.Explanation);
    }

    [Fact]
    public void Battery_and_power_are_technical_so_they_never_sound_like_a_breach()
    {
        Assert.Equal(AlarmSoundClass.Technical, AlarmTypeInfo.For(AlarmType.LowBattery).Sound);
        Assert.Equal(AlarmSoundClass.Technical, AlarmTypeInfo.For(AlarmType.PowerCut).Sound);
        Assert.True(AlarmTypeInfo.For(AlarmType.LowBattery).Priority > AlarmTypeInfo.For(AlarmType.ZoneEntry).Priority);
    }

    [Fact]
    public void An_alarm_without_a_fix_is_located_at_the_last_known_fix_and_says_so()
    {
        var lastKnown = Fix(PartyRole.Victim);

        var trigger = DeviceAlarmRule.EvaluateWithoutFix(PartyRole.Victim, lastKnown, "sos", "5b3347")!;

        Assert.Equal(AlarmType.Panic, trigger.Type);
        Assert.True(trigger.Evidence.FixIsLastKnown);
        Assert.Equal(PartyRole.Victim, trigger.Evidence.RaisedBy);
        Assert.Equal(lastKnown.FixTime, trigger.Evidence.Victim!.FixTime);
        Assert.Equal(
            "La víctima pulsó el botón de pánico (SOS) de su dispositivo. El aviso llegó sin posición GPS; se muestra la última conocida (2026-11-23 10:00 UTC).",
            trigger.Explanation);
    }

    [Fact]
    public void An_alarm_without_any_fix_still_names_whose_device_raised_it()
    {
        var trigger = DeviceAlarmRule.EvaluateWithoutFix(PartyRole.Victim, null, "powerCut", null)!;

        Assert.Null(trigger.Evidence.Victim);
        Assert.Null(trigger.Evidence.Aggressor);
        Assert.Equal("El dispositivo de la víctima perdió la alimentación. El aviso llegó sin posición GPS y no hay posición anterior.", trigger.Explanation);
        Assert.Equal(
            "The victim's device lost power. The report came without a GPS fix and there is no earlier position.",
            AlarmExplanation.Format(trigger.Type, trigger.Evidence, System.Globalization.CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void Device_events_the_centre_does_not_act_on_raise_nothing_without_a_fix_either() =>
        Assert.Null(DeviceAlarmRule.EvaluateWithoutFix(PartyRole.Aggressor, null, "vibration", null));
}
