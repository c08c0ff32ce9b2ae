namespace Amparo.Server.App;

/// <summary>
/// A panic alert from her app's queue. Only the idempotency key is required: a panic is not refused for a missing
/// fix or clock; without coordinates the centre sees her last known position.
/// </summary>
public sealed record AppAlertRequest(
    string? IdempotencyKey,
    DateTime? At,
    double? Latitude,
    double? Longitude,
    double? AccuracyMetres,
    double? BatteryPercent,
    string? Trigger);
