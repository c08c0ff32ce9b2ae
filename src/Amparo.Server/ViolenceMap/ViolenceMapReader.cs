using Amparo.Data.Alarms;
using Amparo.Data.Database;
using Amparo.Domain.Alarms;
using Amparo.Domain.Citizens;
using Amparo.Domain.ViolenceMap;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.ViolenceMap;

/// <summary>
/// The events of the violence map in a period and the user's jurisdictions: breaches (where the aggressor was when he
/// entered a zone or came near her), panics (where she pressed), citizens' alerts and emergency reports. Each names
/// its source (the case, the citizen) for the grid's threshold; none of it leaves the server as a point.
/// </summary>
public sealed class ViolenceMapReader(IDbContextFactory<AmparoDbContext> contexts)
{
    public const string Breach = "breach";
    public const string Panic = "panic";
    public const string CitizenAlert = "citizen-alert";
    public const string Report = "report";

    public static IReadOnlyList<string> Kinds { get; } = [Breach, Panic, CitizenAlert, Report];

    private static readonly AlarmType[] Breaches = [AlarmType.ZoneEntry, AlarmType.Proximity];

    public async Task<List<MapEvent>> ReadAsync(UserScope scope, DateTime start, DateTime end, IReadOnlySet<string> kinds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(kinds);
        await using var db = contexts.CreateDbContext();
        var jurisdictions = scope.Jurisdictions?.ToList();
        var events = new List<MapEvent>();
        if (kinds.Contains(Breach) || kinds.Contains(Panic))
        {
            var alarms = await (
                from a in db.Alarms.AsNoTracking()
                join c in db.Cases.AsNoTracking() on a.CaseId equals c.Id
                where (jurisdictions == null || jurisdictions.Contains(c.JurisdictionId)) && a.RaisedAt >= start && a.RaisedAt < end
                    && (Breaches.Contains(a.Type) || a.Type == AlarmType.Panic)
                select new { a.CaseId, a.Type, a.FirstEvidence }).ToListAsync(cancellationToken);
            foreach (var alarm in alarms)
            {
                var evidence = AlarmEvidenceJson.Deserialize(alarm.FirstEvidence);
                var (kind, fix) = alarm.Type == AlarmType.Panic ? (Panic, evidence?.Victim ?? evidence?.Aggressor) : (Breach, evidence?.Aggressor);
                if (fix is not null && kinds.Contains(kind))
                {
                    events.Add(new MapEvent(kind, fix.Latitude, fix.Longitude, "case:" + alarm.CaseId));
                }
            }
        }

        if (kinds.Contains(CitizenAlert))
        {
            events.AddRange(await db.CitizenAlerts.AsNoTracking()
                .Where(a => (jurisdictions == null || jurisdictions.Contains(a.JurisdictionId)) && a.RaisedAt >= start && a.RaisedAt < end)
                .Select(a => new MapEvent(CitizenAlert, a.Latitude, a.Longitude, "citizen:" + a.CitizenId)).ToListAsync(cancellationToken));
        }

        if (kinds.Contains(Report))
        {
            var reports = await db.CitizenReports.AsNoTracking()
                .Where(r => (jurisdictions == null || jurisdictions.Contains(r.JurisdictionId)) && r.FiledAt >= start && r.FiledAt < end && r.Queue == ReportQueue.Emergency)
                .Select(r => new { r.Latitude, r.Longitude, r.CitizenId, r.Id }).ToListAsync(cancellationToken);
            events.AddRange(reports.Select(r => new MapEvent(Report, r.Latitude, r.Longitude, r.CitizenId is { } c ? "citizen:" + c : "call:" + r.Id)));
        }

        return events;
    }
}
