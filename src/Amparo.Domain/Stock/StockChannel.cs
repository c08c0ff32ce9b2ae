namespace Amparo.Domain.Stock;

/// <summary>How a device's stock status changes: by hand in the stock, or through an act signed in the field.</summary>
public enum StockChannel
{
    /// <summary>A movement recorded by a stock keeper (repair, lost, found, reservation, transfer, retirement).</summary>
    Manual,

    /// <summary>An installation act (or the installing half of a swap).</summary>
    Installation,

    /// <summary>A removal act (or the removing half of a swap).</summary>
    Removal,
}
