namespace Amparo.Server.Cases;

/// <summary>Something a device reported that is not a fix: a strap opened, the bracelet out of range, low battery.</summary>
public sealed record DeviceEventView(string Kind, DateTime At, int? BatteryPercent);
