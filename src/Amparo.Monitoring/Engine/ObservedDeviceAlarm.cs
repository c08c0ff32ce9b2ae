using Amparo.Domain.People;

namespace Amparo.Monitoring.Engine;

/// <summary>An alarm a device raised in a message without a usable fix (a status frame, or GPS not valid).</summary>
[GenerateSerializer, Immutable]
public sealed record ObservedDeviceAlarm(
    [property: Id(0)] PartyRole Role,
    [property: Id(1)] Guid DeviceId,
    [property: Id(2)] string DeviceAlarm,
    [property: Id(3)] string? RawFrame);
