namespace Amparo.Ingest.Gt06;

/// <summary>A GPS fix as a GT06 message carries it: UTC time, validity flag, WGS84 degrees, knots and degrees.</summary>
internal sealed record Gt06Fix(DateTime Time, bool Valid, double Latitude, double Longitude, double SpeedKnots, double Course);
