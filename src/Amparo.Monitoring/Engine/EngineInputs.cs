using Amparo.Data.Devices;
using Amparo.Data.Positions;
using Amparo.Domain.Engine;
using Amparo.Domain.Geo;

namespace Amparo.Monitoring.Engine;

/// <summary>Turns what was stored of a device's messages into the engine's inputs, live and on a rebuild alike.</summary>
public static class EngineInputs
{
    public static FixInput From(Position position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return Fix(position.DeviceId, position.FixTime, position.Valid, position.Latitude, position.Longitude, position.AccuracyMetres,
            position.BatteryPercent is { } battery ? (int)Math.Round(battery) : null, rawFrame: null);
    }

    /// <summary>A fix whose coordinates are not a point on Earth is a report without a valid fix.</summary>
    public static FixInput Fix(Guid deviceId, DateTime at, bool valid, double latitude, double longitude, double? accuracyMetres, int? batteryPercent, string? rawFrame)
    {
        var usable = valid && GeoPoint.IsValid(latitude, longitude);
        return new FixInput(deviceId, at, usable ? new GeoPoint(latitude, longitude) : new GeoPoint(0, 0), usable, accuracyMetres, batteryPercent, RawFrame: rawFrame);
    }

    public static DeviceEventInput From(DeviceEvent deviceEvent)
    {
        ArgumentNullException.ThrowIfNull(deviceEvent);
        return new DeviceEventInput(deviceEvent.DeviceId, deviceEvent.At, deviceEvent.Kind, deviceEvent.BatteryPercent, deviceEvent.RawFrame);
    }
}
