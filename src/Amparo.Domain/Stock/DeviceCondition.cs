namespace Amparo.Domain.Stock;

/// <summary>The state a device comes back in at a removal act.</summary>
public enum DeviceCondition
{
    Good,

    /// <summary>Failing by itself (a bracelet that stops reporting), not by the wearer's doing: repaired, not charged.</summary>
    Faulty,

    /// <summary>Damaged by the wearer: repaired, and charged to her or him.</summary>
    Damaged,
    Destroyed,
    NotReturned,
}
