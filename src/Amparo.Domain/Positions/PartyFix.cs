using Amparo.Domain.Geo;
using Amparo.Domain.People;

namespace Amparo.Domain.Positions;

/// <summary>A position of one party of a case, as the engine sees it.</summary>
public sealed record PartyFix(PartyRole Role, Guid DeviceId, DateTime FixTime, GeoPoint Point, double? AccuracyMetres);
