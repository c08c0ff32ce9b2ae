namespace Amparo.Server.Cases;

public sealed record TrackPoint(DateTime FixTime, double Latitude, double Longitude, double? AccuracyMetres, double? SpeedKnots, double? BatteryPercent, bool Valid);
