namespace Amparo.Domain.Stock;

/// <summary>Where a device stands in the stock of the institutions that keep it.</summary>
public enum StockStatus
{
    /// <summary>On the shelf of its custodian, ready to be installed.</summary>
    InStore,

    /// <summary>Reserved for a case, not yet worn.</summary>
    Assigned,

    /// <summary>Worn or carried by a party of a case, since an installation act.</summary>
    Installed,

    InRepair,

    Lost,

    /// <summary>Out of service for good (destroyed, obsolete): final.</summary>
    Retired,
}
