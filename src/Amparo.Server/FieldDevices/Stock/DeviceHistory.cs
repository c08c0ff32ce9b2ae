namespace Amparo.Server.FieldDevices.Stock;

/// <summary>A device and every movement of it, oldest first.</summary>
public sealed record DeviceHistory(StockDeviceView Device, IReadOnlyList<MovementView> Movements);
