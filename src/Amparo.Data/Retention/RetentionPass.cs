using Amparo.Data.Audit;
using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Data.Retention;

/// <summary>
/// Applies each jurisdiction's retention rules to the cases closed long enough ago: deletes their tracks, anonymises
/// their parties' personal data, once each, every change with its timeline entry and audit event in the same commit.
/// One node of a cluster runs it at a time.
/// </summary>
public sealed class RetentionPass(IDbContextFactory<AmparoDbContext> contexts, ClusterPassLock cluster, IOptions<RetentionOptions> options, TimeProvider time)
{
    public const string Actor = "retención";
    private const string Anonymised = "(anonimizado)";

    public async Task<RetentionOutcome> RunAsync(CancellationToken cancellationToken)
    {
        await using var turn = await cluster.EnterAsync(nameof(RetentionPass), cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        List<(Guid Id, DateTime ClosedAt, bool TracksLeft, bool DataLeft, string Jurisdiction)> closed;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            closed = (await (
                    from c in db.Cases.AsNoTracking()
                    where c.Status == CaseStatus.Closed && c.ClosedAt != null && (c.TracksPurgedAt == null || c.PersonalDataAnonymisedAt == null)
                    join j in db.Jurisdictions on c.JurisdictionId equals j.Id
                    select new { c.Id, c.ClosedAt, c.TracksPurgedAt, c.PersonalDataAnonymisedAt, j.Name })
                .ToListAsync(cancellationToken))
                .Select(c => (c.Id, c.ClosedAt!.Value, c.TracksPurgedAt is null, c.PersonalDataAnonymisedAt is null, c.Name)).ToList();
        }

        int purged = 0, fixes = 0, anonymised = 0;
        foreach (var (id, closedAt, tracksLeft, dataLeft, jurisdiction) in closed)
        {
            var rules = options.Value.For(jurisdiction);
            if (tracksLeft && Due(closedAt, rules.TracksYears, now))
            {
                fixes += await PurgeTracksAsync(id, rules.TracksYears!.Value, now, cancellationToken);
                purged++;
            }

            if (dataLeft && Due(closedAt, rules.PersonalDataYears, now))
            {
                await AnonymiseAsync(id, rules.PersonalDataYears!.Value, now, cancellationToken);
                anonymised++;
            }
        }

        return new RetentionOutcome(purged, fixes, anonymised);
    }

    private static bool Due(DateTime closedAt, int? years, DateTime now) => years is { } y && closedAt.AddYears(y) <= now;

    /// <summary>The positions and device events of the case's devices while they were worn for it.</summary>
    private async Task<int> PurgeTracksAsync(Guid caseId, int years, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var fixes = 0;
        foreach (var worn in await db.DeviceAssignments.AsNoTracking().Where(a => a.CaseId == caseId).ToListAsync(cancellationToken))
        {
            var until = worn.RemovedAt ?? now;
            fixes += await db.Positions.Where(p => p.DeviceId == worn.DeviceId && p.FixTime >= worn.AssignedAt && p.FixTime <= until).ExecuteDeleteAsync(cancellationToken);
            await db.DeviceEvents.Where(e => e.DeviceId == worn.DeviceId && e.At >= worn.AssignedAt && e.At <= until).ExecuteDeleteAsync(cancellationToken);
        }

        await db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.TracksPurgedAt, now), cancellationToken);
        var note = $"{fixes} posiciones eliminadas, {years} años después del cierre";
        CaseTimeline.Record(db, caseId, CaseEventKinds.TracksPurged, Actor, now, note);
        db.AuditEvents.Add(Audit(caseId, now, "tracks: " + note));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return fixes;
    }

    /// <summary>Names, documents, phones, addresses, dependants, contacts, vehicles and app installations of the case.</summary>
    private async Task AnonymiseAsync(Guid caseId, int years, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = await db.People.Where(p => p.CaseId == caseId).ToListAsync(cancellationToken);
        foreach (var person in people)
        {
            person.FullName = Anonymised;
            person.DocumentNumber = null;
            person.Phones = [];
        }

        var personIds = people.Select(p => p.Id).ToList();
        db.TrustedContacts.RemoveRange(await db.TrustedContacts.Where(t => personIds.Contains(t.PersonId)).ToListAsync(cancellationToken));
        foreach (var address in await db.CaseAddresses.Where(a => a.CaseId == caseId).ToListAsync(cancellationToken))
        {
            address.Text = Anonymised;
            address.Latitude = null;
            address.Longitude = null;
            address.CoverageNote = null;
        }

        foreach (var dependant in await db.Dependants.Where(d => d.CaseId == caseId).ToListAsync(cancellationToken))
        {
            dependant.FullName = Anonymised;
            dependant.BirthDate = null;
            dependant.SupportNetwork = null;
            dependant.Institution = null;
            dependant.Notes = null;
        }

        foreach (var vehicle in await db.Vehicles.Where(v => v.CaseId == caseId).ToListAsync(cancellationToken))
        {
            vehicle.Plate = Anonymised;
            vehicle.Description = null;
        }

        foreach (var installation in await db.AppInstallations.Where(i => i.CaseId == caseId).ToListAsync(cancellationToken))
        {
            installation.DeviceName = Anonymised;
        }

        var closed = await db.Cases.SingleAsync(c => c.Id == caseId, cancellationToken);
        closed.PersonalDataAnonymisedAt = now;
        var note = $"datos personales anonimizados, {years} años después del cierre";
        CaseTimeline.Record(db, caseId, CaseEventKinds.PersonalDataAnonymised, Actor, now, note);
        db.AuditEvents.Add(Audit(caseId, now, "personal data: " + note));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static AuditEvent Audit(Guid caseId, DateTime now, string details) =>
        AuditLog.EventOf(new AuditEntry(Actor, AuditActions.RetentionApplied, "case", caseId.ToString(), caseId, Details: details), now);
}
