namespace Amparo.Server.App;

/// <summary>Tracking mode on (her phone reports every minute and its silence is watched) or off.</summary>
public sealed record AppTrackingRequest(bool On);
