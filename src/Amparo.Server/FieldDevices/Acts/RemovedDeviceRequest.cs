using Amparo.Domain.Stock;

namespace Amparo.Server.FieldDevices.Acts;

/// <summary>A device taken off, the condition it comes back in, and for Damaged, Destroyed or NotReturned the damage charged to the wearer.</summary>
public sealed record RemovedDeviceRequest(string? Serial, DeviceCondition? Condition, DamageRequest? Damage = null);
