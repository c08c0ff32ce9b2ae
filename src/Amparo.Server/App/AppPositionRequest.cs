namespace Amparo.Server.App;

/// <summary>A batch of her app's queued positions, oldest or newest first (1 to 50).</summary>
public sealed record AppPositionRequest(IReadOnlyList<AppPositionItem>? Positions);

public sealed record AppPositionItem(string? IdempotencyKey, DateTime? At, double? Latitude, double? Longitude, double? AccuracyMetres, double? BatteryPercent);
