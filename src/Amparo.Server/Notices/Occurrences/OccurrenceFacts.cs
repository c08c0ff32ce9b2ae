using Amparo.Data.Alarms;
using Amparo.Data.Cases;
using Amparo.Data.Dispatch;

namespace Amparo.Server.Notices.Occurrences;

/// <summary>
/// What happened in a case over a period, for the court: the alarms raised in it with every action on them, the
/// police requests made in it or from those alarms, and the timeline's entries. No position of anyone is read.
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
    IReadOnlyList<CaseEvent> Timeline)
{
    public int ActionCount => Alarms.Sum(a => a.Actions.Count);
}
