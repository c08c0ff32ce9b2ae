using Amparo.Domain.People;

namespace Amparo.Server.Cases;

/// <summary>The positions of one party of a case in a time window, oldest first.</summary>
public sealed record PartyTrack(Guid CaseId, PartyRole Role, IReadOnlyList<TrackPoint> Points);
