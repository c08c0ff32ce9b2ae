using Amparo.Domain.Devices;
using Amparo.Domain.People;

namespace Amparo.Domain.Engine;

/// <summary>
/// A device of the case: whose it is, what it is, how often it is set to report (null: the case's default), and since
/// when the party wears it (what it said before, in the stock or another case, is not this case's).
/// </summary>
public sealed record CaseDevice(
    Guid Id, string Label, PartyRole Role, DeviceKind Kind, TimeSpan? ReportInterval = null, DateTime? WornSince = null, bool WatchSilence = true);
