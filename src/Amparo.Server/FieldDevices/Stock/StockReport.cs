namespace Amparo.Server.FieldDevices.Stock;

/// <summary>The stock of the user's jurisdictions: the devices asked for, and the totals per status of each institution.</summary>
public sealed record StockReport(IReadOnlyList<StockDeviceView> Devices, IReadOnlyList<StockTotals> Totals);
