using Amparo.Domain.People;

namespace Amparo.Monitoring.Feed;

/// <summary>A live position of one party of a case. A victim's is delivered only to those allowed to see it.</summary>
public sealed record PositionNotice(
    Guid CaseId,
    Guid JurisdictionId,
    PartyRole Role,
    Guid DeviceId,
    DateTime FixTime,
    double Latitude,
    double Longitude,
    double? AccuracyMetres);
