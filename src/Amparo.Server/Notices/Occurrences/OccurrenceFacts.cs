using Amparo.Data.Alarms;
using Amparo.Data.Cases;
using Amparo.Data.Dispatch;

namespace Amparo.Server.Notices.Occurrences;

/// <summary>
/// What happened in a case over a period, for the court: the alarms raised in it with every action on them, the
/// police requests made in it or from those alarms, the timeline's entries, and the tracks for the maps of the alarms
/// about where the aggressor was.
/// </summary>
internal sealed record OccurrenceFacts(
    MonitoredCase Case,
    string Place,
    string? Judge,
    TimeZoneInfo Zone,
    DateTime From,
    DateTime To,
    string? VictimName,
    string? AggressorName,
    IReadOnlyList<Alarm> Alarms,
    IReadOnlyList<DispatchRequest> PoliceRequests,
    IReadOnlyList<CaseEvent> Timeline,
    IReadOnlyList<OccurrenceTrack> Tracks)
{
    public int ActionCount => Alarms.Sum(a => a.Actions.Count);

    /// <summary>Alarms about where he was that have no map because the report already has <see cref="OccurrenceTracksReader.MostMaps"/>.</summary>
    public int UnmappedAlarms => Alarms.Count(OccurrenceTracksReader.IsMapped) - Tracks.Count;
}
