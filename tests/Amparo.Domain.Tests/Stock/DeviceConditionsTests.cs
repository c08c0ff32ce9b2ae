using Amparo.Domain.Stock;

namespace Amparo.Domain.Tests.Stock;

public class DeviceConditionsTests
{
    [Theory]
    [InlineData(DeviceCondition.Good, StockStatus.InStore, false, true)]
    [InlineData(DeviceCondition.Faulty, StockStatus.InRepair, false, true)]
    [InlineData(DeviceCondition.Damaged, StockStatus.InRepair, true, true)]
    [InlineData(DeviceCondition.Destroyed, StockStatus.Retired, true, true)]
    [InlineData(DeviceCondition.NotReturned, StockStatus.Lost, true, false)]
    public void The_condition_at_removal_decides_where_the_device_goes_and_whether_the_wearer_pays(
        DeviceCondition condition, StockStatus after, bool charged, bool received)
    {
        Assert.Equal(after, DeviceConditions.StatusAfterRemoval(condition));
        Assert.True(StockTransitions.CanMove(StockStatus.Installed, after, StockChannel.Removal));
        Assert.Equal(charged, DeviceConditions.ChargesWearer(condition));
        Assert.Equal(received, DeviceConditions.IsReceived(condition));
    }

    [Theory]
    [InlineData(ChargeStatus.Charged, ChargeStatus.Paid, true)]
    [InlineData(ChargeStatus.Charged, ChargeStatus.Waived, true)]
    [InlineData(ChargeStatus.Charged, ChargeStatus.Charged, false)]
    [InlineData(ChargeStatus.Paid, ChargeStatus.Waived, false)]
    [InlineData(ChargeStatus.Waived, ChargeStatus.Charged, false)]
    public void A_charge_is_settled_once(ChargeStatus from, ChargeStatus to, bool allowed) =>
        Assert.Equal(allowed, ChargeTransitions.CanMove(from, to));
}
