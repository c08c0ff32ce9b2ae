using Amparo.Data.Positions;

namespace Amparo.Server.Cases;

public sealed record TrackPoint(DateTime FixTime, double Latitude, double Longitude, double? AccuracyMetres, double? SpeedKnots, double? BatteryPercent, bool Valid)
{
    public static TrackPoint From(Position position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return new(position.FixTime, position.Latitude, position.Longitude, position.AccuracyMetres, position.SpeedKnots, position.BatteryPercent, position.Valid);
    }
}
