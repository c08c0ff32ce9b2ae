using Amparo.Data.Devices;
using Amparo.Data.Positions;
using Amparo.Domain.Engine;
using Amparo.Domain.Geo;

namespace Amparo.Monitoring.Engine;

/// <summary>Turns what was stored of a device's messages into the engine's inputs, live and on a rebuild alike.</summary>
public static class EngineInputs
{
    public static FixInput From(Position position, string? rawFrame = null)
    {
        ArgumentNullException.ThrowIfNull(position);
        var valid = position.Valid && GeoPoint.IsValid(position.Latitude, position.Longitude);
        return new FixInput(
            position.DeviceId,
            position.FixTime,
            valid ? new GeoPoint(position.Latitude, position.Longitude) : new GeoPoint(0, 0),
            valid,
            position.AccuracyMetres,
            position.BatteryPercent is { } battery ? (int)Math.Round(battery) : null,
            RawFrame: rawFrame);
    }

    public static DeviceEventInput From(DeviceEvent deviceEvent)
    {
        ArgumentNullException.ThrowIfNull(deviceEvent);
        return new DeviceEventInput(deviceEvent.DeviceId, deviceEvent.At, deviceEvent.Kind, deviceEvent.BatteryPercent, deviceEvent.RawFrame);
    }
}
