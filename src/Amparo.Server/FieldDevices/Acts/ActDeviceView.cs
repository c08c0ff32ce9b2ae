using Amparo.Domain.Devices;
using Amparo.Domain.Stock;

namespace Amparo.Server.FieldDevices.Acts;

/// <summary>A device an act put on (Installed) or took off, with the condition it came back in.</summary>
public sealed record ActDeviceView(Guid DeviceId, string UniqueId, DeviceKind Kind, bool Installed, DeviceCondition? Condition, Guid AssignmentId);
