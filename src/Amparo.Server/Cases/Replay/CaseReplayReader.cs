using Amparo.Data.Database;
using Amparo.Data.Zones;
using Amparo.Domain.Alarms;
using Amparo.Domain.Geo;
using Amparo.Domain.People;
using Amparo.Domain.Separation;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Cases.Replay;

/// <summary>
/// Builds a case's replay for a user. The victim's track and the distance series derived from it are read only for
/// those who may see where she is; the caller audits that read.
/// </summary>
public sealed class CaseReplayReader(IDbContextFactory<AmparoDbContext> contexts, CaseQueries cases)
{
    public const int MaxPointsPerParty = PartyPositions.Limit;

    public const int MaxSeparationSamples = 600;

    /// <summary>How long a party's last fix stands for where she or he still is, when measuring the distance between them.</summary>
    public static readonly TimeSpan SeparationStaleness = TimeSpan.FromMinutes(5);

    public async Task<CaseReplay?> ReadAsync(Guid caseId, ReplayWindow window, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!await cases.VisibleAsync(caseId, scope, cancellationToken))
        {
            return null;
        }

        await using var db = contexts.CreateDbContext();
        var aggressor = await TrackAsync(db, caseId, PartyRole.Aggressor, window, cancellationToken);
        var victim = scope.SeesVictimLocation ? await TrackAsync(db, caseId, PartyRole.Victim, window, cancellationToken) : null;
        var alarms = await db.Alarms.AsNoTracking()
            .Where(a => a.CaseId == caseId && a.RaisedAt >= window.From && a.RaisedAt <= window.To)
            .OrderBy(a => a.RaisedAt)
            .Select(a => new { a.Id, a.RaisedAt, a.Type, a.Priority, a.State })
            .ToListAsync(cancellationToken);
        var exclusion = await db.Zones.AsNoTracking()
            .Where(z => z.CaseId == caseId && z.Kind == ZoneKind.Dynamic)
            .Select(z => (double?)z.RadiusMetres).MaxAsync(cancellationToken);
        var separation = victim is null
            ? null
            : SeparationSeries.Thin(SeparationSeries.Build(Timed(aggressor), Timed(victim), SeparationStaleness), MaxSeparationSamples);
        return new CaseReplay(
            caseId, Start(window, aggressor, victim, alarms.Select(a => a.RaisedAt)), window.To, aggressor, victim,
            alarms.Select(a => new ReplayAlarm(a.Id, a.RaisedAt, AlarmTypeInfo.For(a.Type).Code, (int)a.Priority, a.State.ToString())).ToList(),
            separation, exclusion,
            aggressor.Count >= MaxPointsPerParty || victim?.Count >= MaxPointsPerParty);
    }

    private static async Task<List<ReplayPoint>> TrackAsync(
        AmparoDbContext db, Guid caseId, PartyRole role, ReplayWindow window, CancellationToken cancellationToken) =>
        (await PartyPositions.ReadAsync(db, caseId, role, window.From, window.To, validOnly: true, receivedBy: null, cancellationToken))
            .Select(p => new ReplayPoint(p.FixTime, p.Latitude, p.Longitude, p.AccuracyMetres))
            .ToList();

    /// <summary>
    /// Where the replay's clock starts: the window's start, or a minute before the first thing in it when the window
    /// begins long before the case had any data (a case installed an hour ago, replayed over a week).
    /// </summary>
    private static DateTime Start(ReplayWindow window, List<ReplayPoint> aggressor, List<ReplayPoint>? victim, IEnumerable<DateTime> alarms)
    {
        var firsts = alarms.Take(1).Concat(aggressor.Take(1).Select(p => p.At)).Concat((victim ?? []).Take(1).Select(p => p.At)).ToList();
        if (firsts.Count == 0)
        {
            return window.From;
        }

        var lead = firsts.Min() - TimeSpan.FromMinutes(1);
        return lead > window.From ? lead : window.From;
    }

    private static List<TimedPoint> Timed(List<ReplayPoint> points) =>
        points.Select(p => new TimedPoint(p.At, new GeoPoint(p.Latitude, p.Longitude))).ToList();
}
