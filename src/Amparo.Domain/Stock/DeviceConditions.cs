namespace Amparo.Domain.Stock;

/// <summary>
/// What a removal does with a device by the condition it comes back in: a good one returns to the store, a faulty or
/// damaged one goes to repair, a destroyed one is retired, one not returned is lost. "En caso de deterioro y
/// destrucción de los dispositivos, el portador se hará cargo de los costos": damaged, destroyed or not returned
/// charges the wearer; a device that failed by itself does not.
/// </summary>
public static class DeviceConditions
{
    public static StockStatus StatusAfterRemoval(DeviceCondition condition) => condition switch
    {
        DeviceCondition.Good => StockStatus.InStore,
        DeviceCondition.Faulty or DeviceCondition.Damaged => StockStatus.InRepair,
        DeviceCondition.Destroyed => StockStatus.Retired,
        DeviceCondition.NotReturned => StockStatus.Lost,
        _ => throw new ArgumentOutOfRangeException(nameof(condition)),
    };

    public static bool ChargesWearer(DeviceCondition condition) => condition is not (DeviceCondition.Good or DeviceCondition.Faulty);

    /// <summary>Whether the receiving institution takes the device into custody (one not returned stays where it was).</summary>
    public static bool IsReceived(DeviceCondition condition) => condition != DeviceCondition.NotReturned;
}
