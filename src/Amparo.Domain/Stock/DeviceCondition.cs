namespace Amparo.Domain.Stock;

/// <summary>The state a device comes back in at a removal act.</summary>
public enum DeviceCondition
{
    Good,
    Damaged,
    Destroyed,
    NotReturned,
}
