using Amparo.Data.Devices;
using Amparo.Domain.Stock;

namespace Amparo.Server.FieldDevices.Acts;

/// <summary>A device to take off: its open assignment on the party, the condition it comes back in, the damage charged.</summary>
internal sealed record Removal(Device Device, DeviceAssignment Assignment, DeviceCondition Condition, DamageRequest? Damage);
