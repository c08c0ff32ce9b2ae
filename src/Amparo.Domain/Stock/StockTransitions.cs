namespace Amparo.Domain.Stock;

/// <summary>
/// Which stock status may follow which, and through what. A device is Installed only through an installation act,
/// from the store or reserved for a case; it leaves Installed only through a removal act (to the store, repair,
/// retirement, or lost when not returned). By hand: reserve and release, send to repair or report lost from the store
/// or a reservation, bring back from repair or found, retire what is not in the field. Retired is final. A transfer to
/// another custodian keeps the status, and only a device on a shelf (in store, reserved or in repair) travels.
/// </summary>
public static class StockTransitions
{
    public static bool IsFinal(StockStatus status) => status == StockStatus.Retired;

    public static bool CanTransfer(StockStatus status) => status is StockStatus.InStore or StockStatus.Assigned or StockStatus.InRepair;

    public static bool CanMove(StockStatus from, StockStatus to, StockChannel channel) => channel switch
    {
        StockChannel.Installation => to == StockStatus.Installed && from is StockStatus.InStore or StockStatus.Assigned,
        StockChannel.Removal => from == StockStatus.Installed && to is StockStatus.InStore or StockStatus.InRepair or StockStatus.Retired or StockStatus.Lost,
        StockChannel.Manual => Manual(from, to),
        _ => false,
    };

    private static bool Manual(StockStatus from, StockStatus to) => from switch
    {
        StockStatus.InStore => to is StockStatus.Assigned or StockStatus.InRepair or StockStatus.Lost or StockStatus.Retired,
        StockStatus.Assigned => to is StockStatus.InStore or StockStatus.InRepair or StockStatus.Lost,
        StockStatus.InRepair => to is StockStatus.InStore or StockStatus.Lost or StockStatus.Retired,
        StockStatus.Lost => to is StockStatus.InStore or StockStatus.Retired,
        StockStatus.Installed or StockStatus.Retired => false,
        _ => false,
    };
}
