namespace Amparo.Domain.Positions;

/// <summary>
/// What a device said in one message, as a decoder reads it: who it is, where and when it was, and what it
/// reports besides (battery, alarm, other attributes: strings, numbers or booleans). Coordinates are WGS84 degrees;
/// speed in knots; <paramref name="Valid"/> is false when the device marks its fix as not current.
/// </summary>
public sealed record DeviceReport(
    string UniqueId,
    DateTime FixTime,
    bool Valid,
    double Latitude,
    double Longitude,
    double? SpeedKnots = null,
    double? Course = null,
    double? Altitude = null,
    double? AccuracyMetres = null,
    double? BatteryPercent = null,
    string? Alarm = null,
    IReadOnlyDictionary<string, object>? Attributes = null);
