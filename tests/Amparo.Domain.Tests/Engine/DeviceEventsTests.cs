using Amparo.Domain.Alarms;
using Amparo.Domain.Engine;

namespace Amparo.Domain.Tests.Engine;

public class DeviceEventsTests
{
    [Theory]
    [InlineData("sos", DeviceEventKind.Sos)]
    [InlineData("removing", DeviceEventKind.StrapOpen)]
    [InlineData("strapOpen", DeviceEventKind.StrapOpen)]
    [InlineData("tampering", DeviceEventKind.DeviceOpen)]
    [InlineData("powerCut", DeviceEventKind.PowerOff)]
    [InlineData("powerOff", DeviceEventKind.PowerOff)]
    [InlineData("lowBattery", DeviceEventKind.LowBattery)]
    [InlineData("vibration", DeviceEventKind.Moving)]
    [InlineData("braceletOutOfRange", DeviceEventKind.BraceletOutOfRange)]
    [InlineData("braceletInRange", DeviceEventKind.BraceletInRange)]
    public void Protocol_alarm_names_map_to_device_events(string alarm, DeviceEventKind expected) =>
        Assert.Equal(expected, DeviceEvents.FromProtocolAlarm(alarm));

    [Theory]
    [InlineData(null)]
    [InlineData("hardBraking")]
    [InlineData("overspeed")]
    public void Other_device_alarms_are_not_events_of_the_engine(string? alarm) =>
        Assert.Null(DeviceEvents.FromProtocolAlarm(alarm));

    [Fact]
    public void Panic_is_critical_and_breach_toned_and_battery_never_sounds_like_a_breach()
    {
        Assert.Equal(AlarmPriority.Critical, AlarmTypeInfo.For(AlarmType.Panic).Priority);
        Assert.Equal(AlarmSoundClass.Breach, AlarmTypeInfo.For(AlarmType.Panic).Sound);
        Assert.Equal(AlarmSoundClass.Technical, AlarmTypeInfo.For(AlarmType.LowBattery).Sound);
        Assert.True(AlarmTypeInfo.For(AlarmType.LowBattery).Priority > AlarmTypeInfo.For(AlarmType.ZoneEntry).Priority);
    }
}
