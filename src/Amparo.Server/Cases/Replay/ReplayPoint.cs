namespace Amparo.Server.Cases.Replay;

/// <summary>One valid fix of a party on the replay.</summary>
public sealed record ReplayPoint(DateTime At, double Latitude, double Longitude, double? AccuracyMetres);
