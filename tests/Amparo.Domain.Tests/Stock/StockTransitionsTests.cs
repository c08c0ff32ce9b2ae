using Amparo.Domain.Stock;
using static Amparo.Domain.Stock.StockStatus;

namespace Amparo.Domain.Tests.Stock;

public class StockTransitionsTests
{
    [Theory]
    [InlineData(InStore, Assigned)]
    [InlineData(InStore, InRepair)]
    [InlineData(InStore, Lost)]
    [InlineData(InStore, Retired)]
    [InlineData(Assigned, InStore)]
    [InlineData(Assigned, InRepair)]
    [InlineData(Assigned, Lost)]
    [InlineData(InRepair, InStore)]
    [InlineData(InRepair, Retired)]
    [InlineData(Lost, InStore)]
    [InlineData(Lost, Retired)]
    public void A_stock_keeper_moves_a_device_that_is_not_worn(StockStatus from, StockStatus to) =>
        Assert.True(StockTransitions.CanMove(from, to, StockChannel.Manual));

    [Theory]
    [InlineData(InStore, Installed)]
    [InlineData(Assigned, Installed)]
    [InlineData(Installed, InStore)]
    [InlineData(Installed, InRepair)]
    [InlineData(Installed, Lost)]
    [InlineData(Installed, Retired)]
    [InlineData(Retired, InStore)]
    [InlineData(Lost, Assigned)]
    [InlineData(InRepair, Assigned)]
    [InlineData(InStore, InStore)]
    public void By_hand_nothing_is_installed_nor_taken_off_a_wearer_nor_brought_back_from_retirement(StockStatus from, StockStatus to) =>
        Assert.False(StockTransitions.CanMove(from, to, StockChannel.Manual));

    [Theory]
    [InlineData(InStore, true)]
    [InlineData(Assigned, true)]
    [InlineData(Installed, false)]
    [InlineData(InRepair, false)]
    [InlineData(Lost, false)]
    [InlineData(Retired, false)]
    public void Only_a_device_in_store_or_reserved_is_installed_and_only_through_an_installation_act(StockStatus from, bool allowed)
    {
        Assert.Equal(allowed, StockTransitions.CanMove(from, Installed, StockChannel.Installation));
        Assert.False(StockTransitions.CanMove(from, Installed, StockChannel.Removal));
    }

    [Theory]
    [InlineData(InStore)]
    [InlineData(InRepair)]
    [InlineData(Lost)]
    [InlineData(Retired)]
    public void A_removal_act_takes_an_installed_device_anywhere_but_back_to_a_reservation(StockStatus to)
    {
        Assert.True(StockTransitions.CanMove(Installed, to, StockChannel.Removal));
        Assert.False(StockTransitions.CanMove(InStore, to, StockChannel.Removal));
        Assert.False(StockTransitions.CanMove(Installed, Assigned, StockChannel.Removal));
        Assert.False(StockTransitions.CanMove(Installed, to, StockChannel.Installation));
    }

    [Fact]
    public void Only_a_device_on_a_shelf_travels_to_another_custodian()
    {
        Assert.Equal([InStore, Assigned, InRepair], Enum.GetValues<StockStatus>().Where(StockTransitions.CanTransfer));
        Assert.True(StockTransitions.IsFinal(Retired));
        Assert.All(Enum.GetValues<StockStatus>(), to => Assert.False(StockTransitions.CanMove(Retired, to, StockChannel.Manual)));
    }
}
