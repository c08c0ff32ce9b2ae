using Amparo.Domain.Devices;
using Amparo.Domain.People;
using Amparo.Domain.Stock;
using static Amparo.Domain.Devices.DeviceKind;

namespace Amparo.Domain.Tests.Stock;

public class PartyDevicesTests
{
    [Theory]
    [InlineData(PartyRole.Aggressor, AggressorTracker, true)]
    [InlineData(PartyRole.Aggressor, Bracelet, true)]
    [InlineData(PartyRole.Aggressor, Phone, false)]
    [InlineData(PartyRole.Victim, VictimTracker, true)]
    [InlineData(PartyRole.Victim, Phone, true)]
    [InlineData(PartyRole.Victim, Bracelet, false)]
    [InlineData(PartyRole.Victim, AggressorTracker, false)]
    public void The_aggressor_wears_a_tracker_and_a_bracelet_the_victim_a_tracker_or_a_phone(PartyRole role, DeviceKind kind, bool fits) =>
        Assert.Equal(fits, PartyDevices.Fits(role, kind));

    [Fact]
    public void A_party_wears_one_device_of_each_kind()
    {
        Assert.Empty(PartyDevices.Doubled([AggressorTracker], [Bracelet]));
        Assert.Equal([Bracelet], PartyDevices.Doubled([AggressorTracker, Bracelet], [Bracelet]));
        Assert.Equal([AggressorTracker], PartyDevices.Doubled([], [AggressorTracker, AggressorTracker]));
        Assert.Equal([VictimTracker], PartyDevices.Doubled([Phone], [VictimTracker]));
    }

    [Fact]
    public void A_swap_replaces_a_device_by_one_of_the_same_kind()
    {
        Assert.True(PartyDevices.CanReplace(PartyRole.Aggressor, Bracelet, Bracelet));
        Assert.False(PartyDevices.CanReplace(PartyRole.Aggressor, Bracelet, AggressorTracker));
        Assert.True(PartyDevices.CanReplace(PartyRole.Victim, Phone, VictimTracker));
        Assert.False(PartyDevices.CanReplace(PartyRole.Victim, Phone, Bracelet));
    }
}
