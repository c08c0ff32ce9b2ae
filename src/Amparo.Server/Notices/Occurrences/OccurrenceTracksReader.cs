using Amparo.Data.Alarms;
using Amparo.Data.Database;
using Amparo.Data.Zones;
using Amparo.Domain.Alarms;
using Amparo.Domain.People;
using Amparo.Server.Cases;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Notices.Occurrences;

/// <summary>
/// Reads the tracks for the report's maps: one per alarm about where the aggressor was (breaches and warnings, not
/// device faults), breaches first, at most <see cref="MostMaps"/>, each from a quarter of an hour before it was raised
/// to a quarter of an hour after its last trigger (the whole window at most <see cref="LongestWindow"/>), with only
/// the fixes the server had when the report was issued so the same report reads the same tracks later.
/// </summary>
internal static class OccurrenceTracksReader
{
    public const int MostMaps = 24;

    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan LongestWindow = TimeSpan.FromMinutes(90);

    public static bool IsMapped(Alarm alarm) => AlarmTypeInfo.For((alarm ?? throw new ArgumentNullException(nameof(alarm))).Type).Sound != AlarmSoundClass.Technical;

    public static async Task<IReadOnlyList<OccurrenceTrack>> ReadAsync(
        AmparoDbContext db, Guid caseId, IReadOnlyList<Alarm> alarms, DateTime asOf, CancellationToken cancellationToken)
    {
        var chosen = alarms.Where(a => a.RaisedAt < asOf && IsMapped(a))
            .OrderBy(a => AlarmTypeInfo.For(a.Type).Sound).ThenBy(a => a.RaisedAt).ThenBy(a => a.Id)
            .Take(MostMaps).OrderBy(a => a.RaisedAt).ThenBy(a => a.Id).ToList();
        if (chosen.Count == 0)
        {
            return [];
        }

        var zones = await db.Zones.AsNoTracking().Where(z => z.CaseId == caseId && z.Kind != ZoneKind.Dynamic).ToListAsync(cancellationToken);
        var tracks = new List<OccurrenceTrack>(chosen.Count);
        foreach (var alarm in chosen)
        {
            var from = alarm.RaisedAt - Margin;
            var to = Min(alarm.LastTriggeredAt + Margin, from + LongestWindow, asOf);
            var aggressor = await PartyPositions.ReadAsync(db, caseId, PartyRole.Aggressor, from, to, validOnly: true, receivedBy: asOf, cancellationToken);
            var victim = await PartyPositions.ReadAsync(db, caseId, PartyRole.Victim, from, to, validOnly: true, receivedBy: asOf, cancellationToken);
            tracks.Add(new OccurrenceTrack(alarm, from, to, aggressor, victim, zones));
        }

        return tracks;
    }

    private static DateTime Min(DateTime a, DateTime b, DateTime c) => new(Math.Min(a.Ticks, Math.Min(b.Ticks, c.Ticks)), DateTimeKind.Utc);
}
