namespace Amparo.Cli.Simulation;

/// <summary>What a simulated device reports: a fix (maybe invalid), its motion and its battery.</summary>
public sealed record DeviceFix(DateTime Utc, double Latitude, double Longitude, double SpeedMetresPerSecond, int Course, bool Valid, int BatteryPercent)
{
    public double SpeedKmh => SpeedMetresPerSecond * 3.6;

    public double SpeedKnots => SpeedMetresPerSecond * 1.943844;
}
