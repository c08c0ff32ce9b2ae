using Amparo.Domain.Devices;
using Amparo.Domain.People;

namespace Amparo.Domain.Engine;

/// <summary>A device of the case: whose it is and what it is.</summary>
public sealed record CaseDevice(Guid Id, string Label, PartyRole Role, DeviceKind Kind);
