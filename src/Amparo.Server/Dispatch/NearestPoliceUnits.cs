using Amparo.Data.Alarms;
using Amparo.Data.Institutions;
using Amparo.Data.Police;
using Amparo.Domain.Geo;
using Amparo.Server.Auth;

namespace Amparo.Server.Dispatch;

/// <summary>The available units of the alarm's jurisdiction (and those below it) nearest to the alarm's position.</summary>
public sealed class NearestPoliceUnits(AlarmQueries alarms, AlarmPositionReader positions, JurisdictionScope jurisdictions, PoliceUnitStore units, TimeProvider time)
{
    /// <returns>Null when the alarm is not found or not visible; empty when it has no position.</returns>
    public async Task<IReadOnlyList<NearestPoliceUnit>?> FindAsync(Guid alarmId, int count, UserScope scope, string? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var alarm = await alarms.FindAsync(alarmId, cancellationToken);
        if (alarm is null || !scope.CanSee(alarm.JurisdictionId))
        {
            return null;
        }

        if (await positions.ReadAsync(alarm, scope, "Unidades policiales más cercanas", remoteAddress, cancellationToken) is not { } position)
        {
            return [];
        }

        return await AroundAsync(alarm.JurisdictionId, new GeoPoint(position.Fix.Latitude, position.Fix.Longitude), count, cancellationToken);
    }

    /// <summary>The available units of a jurisdiction (and those below it) nearest to a place, with how old each position is.</summary>
    public async Task<IReadOnlyList<NearestPoliceUnit>> AroundAsync(Guid jurisdictionId, GeoPoint near, int count, CancellationToken cancellationToken) =>
        Rank(await AvailableAsync(jurisdictionId, cancellationToken), near, count);

    /// <summary>The available units with a position of a jurisdiction and those below it.</summary>
    public async Task<IReadOnlyList<PoliceUnit>> AvailableAsync(Guid jurisdictionId, CancellationToken cancellationToken)
    {
        var visible = await jurisdictions.VisibleFromAsync(jurisdictionId, cancellationToken) ?? new HashSet<Guid> { jurisdictionId };
        return await units.AvailableInAsync(visible, cancellationToken);
    }

    /// <summary>Ranks units already read by distance to a place: several places of one jurisdiction need one read.</summary>
    public IReadOnlyList<NearestPoliceUnit> Rank(IEnumerable<PoliceUnit> available, GeoPoint near, int count)
    {
        var projection = new LocalProjection(near);
        var now = time.GetUtcNow().UtcDateTime;
        return available
            .Select(u => new NearestPoliceUnit(u.CallSign, u.Latitude!.Value, u.Longitude!.Value,
                Math.Round(projection.DistanceMetres(near, new GeoPoint(u.Latitude.Value, u.Longitude.Value)), 1),
                u.ReportedAt ?? now, Math.Max(0, Math.Round((now - (u.ReportedAt ?? now)).TotalSeconds))))
            .OrderBy(u => u.DistanceMetres)
            .Take(Math.Clamp(count, 1, 20))
            .ToList();
    }
}
