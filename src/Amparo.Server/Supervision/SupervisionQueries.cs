using Amparo.Data.Alarms;
using Amparo.Data.Database;
using Amparo.Domain.Alarms;
using Amparo.Domain.People;
using Amparo.Domain.Supervision;
using Amparo.Server.Auth;
using ConsoleClock = Amparo.Server.Console.Components.ConsoleClock;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Supervision;

/// <summary>Loads the alarms raised in a period in the supervisor's jurisdictions and computes the centre's figures.</summary>
public sealed class SupervisionQueries(IDbContextFactory<AmparoDbContext> contexts, ConsoleClock clock, TimeProvider time)
{
    public static readonly TimeSpan MaxPeriod = TimeSpan.FromDays(92);

    public async Task<CentreReport> ReportAsync(UserScope scope, DateTime start, DateTime end, CancellationToken cancellationToken) =>
        CentreStatistics.Compute(await RecordsAsync(scope, start, end, cancellationToken), start, end, time.GetUtcNow().UtcDateTime, clock.Zone);

    /// <summary>The alarms raised in [start, end) in the user's jurisdictions, as the figures need them.</summary>
    public async Task<IReadOnlyList<AlarmRecord>> RecordsAsync(UserScope scope, DateTime start, DateTime end, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var query =
            from a in db.Alarms.AsNoTracking()
            join c in db.Cases.AsNoTracking() on a.CaseId equals c.Id
            where a.RaisedAt >= start && a.RaisedAt < end
            select new { Alarm = a, c.JurisdictionId };
        if (scope.Jurisdictions is { } visible)
        {
            var list = visible.ToList();
            query = query.Where(x => list.Contains(x.JurisdictionId));
        }

        var alarms = await query.Select(x => x.Alarm).ToListAsync(cancellationToken);
        var models = await ModelsAsync(db, alarms, cancellationToken);
        return alarms.Select(a => new AlarmRecord(
            AlarmTypeInfo.For(a.Type).Code, a.RaisedAt, a.ClaimedAt, a.AcknowledgedAt, a.ResolvedAt,
            a.Outcome is { } outcome ? AlarmOutcomeCodes.Code(outcome) : null, a.ClaimedBy, a.ResolvedBy,
            models.Device.GetValueOrDefault(a.Subject) ?? models.Aggressor.GetValueOrDefault(a.CaseId) ?? Unknown)).ToList();
    }

    private const string Unknown = "—";

    /// <summary>
    /// The model behind each alarm: the device it is about (device alarms name it as their subject), or else the
    /// aggressor's tracker of the case (zone and proximity alarms come from its fixes).
    /// </summary>
    private static async Task<(Dictionary<string, string> Device, Dictionary<Guid, string> Aggressor)> ModelsAsync(
        AmparoDbContext db, IReadOnlyList<Alarm> alarms, CancellationToken cancellationToken)
    {
        var caseIds = alarms.Select(a => a.CaseId).Distinct().ToList();
        var devices = await (
            from d in db.DeviceAssignments.AsNoTracking()
            join device in db.Devices.AsNoTracking() on d.DeviceId equals device.Id
            where caseIds.Contains(d.CaseId)
            select new { d.CaseId, d.Role, d.AssignedAt, device.Id, device.Model, device.Protocol }).ToListAsync(cancellationToken);
        string Name(string? model, object protocol) => model ?? $"{protocol} (modelo sin registrar)";
        var byDevice = devices.GroupBy(d => d.Id.ToString("N")).ToDictionary(g => g.Key, g => Name(g.First().Model, g.First().Protocol), StringComparer.Ordinal);
        var byCase = devices.Where(d => d.Role == PartyRole.Aggressor).GroupBy(d => d.CaseId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(d => d.AssignedAt).Select(d => Name(d.Model, d.Protocol)).First());
        return (byDevice, byCase);
    }
}
