using Amparo.Domain.Engine;

namespace Amparo.Monitoring.Engine;

/// <summary>
/// One stored message of a device handed to its case's grain: a fix (valid or not), an event the device raised
/// (<see cref="Event"/>: SOS, strap…, named <see cref="DeviceAlarm"/> by its protocol), or both, or neither (a heartbeat).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ObservedReport(
    [property: Id(0)] Guid DeviceId,
    [property: Id(1)] DateTime At,
    [property: Id(2)] bool HasFix,
    [property: Id(3)] bool ValidFix,
    [property: Id(4)] double Latitude,
    [property: Id(5)] double Longitude,
    [property: Id(6)] double? AccuracyMetres,
    [property: Id(7)] int? BatteryPercent,
    [property: Id(8)] DeviceEventKind? Event,
    [property: Id(9)] string? RawFrame,
    [property: Id(10)] string? DeviceAlarm = null)
{
    /// <summary>What the engine evaluates: the fix first, then the event it came with.</summary>
    public IEnumerable<EngineInput> ToInputs()
    {
        if (HasFix)
        {
            yield return EngineInputs.Fix(DeviceId, At, ValidFix, Latitude, Longitude, AccuracyMetres, BatteryPercent, Event is null ? RawFrame : null);
        }

        if (Event is { } kind)
        {
            yield return new DeviceEventInput(DeviceId, At, kind, HasFix ? null : BatteryPercent, RawFrame, DeviceAlarm);
        }
        else if (!HasFix)
        {
            yield return new DeviceEventInput(DeviceId, At, DeviceEventKind.Heartbeat, BatteryPercent);
        }
    }
}
