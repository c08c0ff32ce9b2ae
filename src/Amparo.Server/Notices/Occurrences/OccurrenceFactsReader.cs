using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Notices.Occurrences;

/// <summary>
/// Reads a case's occurrences in [from, to): alarms by when they were raised, requests by when made, entries by when
/// written; the maps' tracks as the server had them at <c>asOf</c> (when the report is, or was, issued).
/// </summary>
internal static class OccurrenceFactsReader
{
    public static async Task<OccurrenceFacts> ReadAsync(AmparoDbContext db, MonitoredCase monitored, DateTime from, DateTime to, DateTime asOf, CancellationToken cancellationToken)
    {
        var caseId = monitored.Id;
        var place = await db.Jurisdictions.Where(j => j.Id == monitored.JurisdictionId).Select(j => j.Name).FirstAsync(cancellationToken);
        var judge = await db.JudicialOrders.Where(o => o.CaseId == caseId)
            .OrderByDescending(o => o.IssuedOn).ThenByDescending(o => o.RecordedAt).Select(o => o.Judge).FirstOrDefaultAsync(cancellationToken);
        var people = await db.People.AsNoTracking().Where(p => p.CaseId == caseId).ToListAsync(cancellationToken);
        var alarms = await db.Alarms.AsNoTracking().Include(a => a.Actions)
            .Where(a => a.CaseId == caseId && a.RaisedAt >= from && a.RaisedAt < to)
            .OrderBy(a => a.RaisedAt).ToListAsync(cancellationToken);
        foreach (var alarm in alarms)
        {
            alarm.Actions = alarm.Actions.OrderBy(x => x.At).ThenBy(x => x.Id).ToList();
        }

        var alarmIds = alarms.Select(a => a.Id).ToList();
        var requests = await db.DispatchRequests.AsNoTracking().Include(r => r.Changes)
            .Where(r => r.CaseId == caseId && ((r.CreatedAt >= from && r.CreatedAt < to) || alarmIds.Contains(r.AlarmId)))
            .OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        foreach (var request in requests)
        {
            request.Changes = request.Changes.OrderBy(c => c.At).ThenBy(c => c.Id).ToList();
        }

        var timeline = await db.CaseEvents.AsNoTracking().Where(e => e.CaseId == caseId && e.At >= from && e.At < to)
            .OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        var tracks = await OccurrenceTracksReader.ReadAsync(db, caseId, alarms, asOf, cancellationToken);
        return new OccurrenceFacts(monitored, place, judge, CaseTimeZone.Find(monitored.TimeZone), from, to,
            people.FirstOrDefault(p => p.Role == PartyRole.Victim)?.FullName,
            people.FirstOrDefault(p => p.Role == PartyRole.Aggressor)?.FullName,
            alarms, requests, timeline, tracks);
    }
}
