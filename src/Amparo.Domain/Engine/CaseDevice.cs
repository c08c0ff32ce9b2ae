using Amparo.Domain.Devices;
using Amparo.Domain.People;

namespace Amparo.Domain.Engine;

/// <summary>A device of the case: whose it is, what it is, and how often it is set to report (null: the case's default).</summary>
public sealed record CaseDevice(Guid Id, string Label, PartyRole Role, DeviceKind Kind, TimeSpan? ReportInterval = null);
