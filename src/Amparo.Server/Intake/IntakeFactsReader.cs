using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.People;
using Amparo.Domain.Cases;
using Amparo.Domain.Geo;
using Amparo.Domain.Intake;
using Amparo.Domain.People;
using Amparo.Server.Cases;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Intake;

/// <summary>Reads what the activation check weighs from the case as it stands today, on the case's own calendar.</summary>
public sealed class IntakeFactsReader(IRiskLevelSource risk, TimeProvider time)
{
    public async Task<(IntakeFacts Facts, CaseRisk? Risk)> ReadAsync(AmparoDbContext db, MonitoredCase monitored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(monitored);
        var today = CaseCalendar.Today(monitored, time.GetUtcNow().UtcDateTime);
        var ordered = await db.JudicialOrders.AnyAsync(o => o.CaseId == monitored.Id && o.Kind == JudicialOrderKind.Initial, cancellationToken);
        var measures = await db.ProtectionMeasures.AsNoTracking().Where(m => m.CaseId == monitored.Id).ToListAsync(cancellationToken);
        var surveillance = measures.Any(m => m.Type == ProtectionMeasureType.ElectronicSurveillance && m.StartsOn <= today && (m.EndsOn is null || m.EndsOn >= today));
        var addresses = await db.CaseAddresses.AsNoTracking().Where(a => a.CaseId == monitored.Id && a.EndedAt == null).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var current = await risk.LatestAsync(monitored.Id, cancellationToken);
        var facts = new IntakeFacts(
            ordered && surveillance,
            monitored.PerimeterMetres,
            current?.Level,
            monitored.VictimConsent,
            addresses.Where(a => a.Role == PartyRole.Victim).Select(ToIntake).ToList(),
            addresses.Where(a => a.Role == PartyRole.Aggressor).Select(ToIntake).ToList());
        return (facts, current);
    }

    private static IntakeAddress ToIntake(CaseAddress a) => new(
        a.Id, a.Text, a.Kind,
        a.Latitude is { } lat && a.Longitude is { } lon ? new GeoPoint(lat, lon) : null,
        a.ConfirmedAt is not null, a.Protected, a.Coverage);
}
