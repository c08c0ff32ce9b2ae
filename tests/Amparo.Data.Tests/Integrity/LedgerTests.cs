using Microsoft.Extensions.Options;
using System.Globalization;
using Amparo.Data.Alarms;
using Amparo.Data.Audit;
using Amparo.Data.Database;
using Amparo.Data.Integrity;
using Amparo.Domain.Alarms;
using Amparo.Domain.Integrity;
using Amparo.Domain.Monitoring;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Tests.Integrity;

public class LedgerTests
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Audit_events_and_resolved_alarms_are_sealed_once_and_an_edited_or_deleted_record_is_found(DatabaseProvider provider)
    {
        var factory = await MigratedDatabase.CreateAsync(provider);
        var (audits, resolved, open) = await SeedAsync(factory);
        var sealer = new LedgerSealer(factory, new ClusterPassLock(Options.Create(factory.Options)), TimeProvider.System);
        var verifier = new LedgerVerifier(factory);

        var first = await sealer.SealAsync(TimeSpan.Zero, CancellationToken.None);
        var again = await sealer.SealAsync(TimeSpan.Zero, CancellationToken.None);
        var intact = await verifier.VerifyAsync(CancellationToken.None);

        Assert.Equal(4, first);
        Assert.Equal(0, again);
        Assert.True(intact.Intact);
        Assert.Equal(4, intact.Links);
        Assert.Equal(0, intact.UnsealedAudit);
        await using (var db = factory.CreateDbContext())
        {
            Assert.Null((await db.Alarms.SingleAsync(a => a.Id == open)).LedgerIndex);
            Assert.Equal(intact.Head, (await db.LedgerEntries.OrderByDescending(e => e.Index).FirstAsync()).Hash);

            // The police report an arrival after the alarm was closed: news, not a change of what was sealed.
            db.Add(new AlarmAction { AlarmId = resolved, Kind = AlarmActionKind.Police, At = DateTime.UtcNow, UserName = "policia", Result = "Arrived" });
            await db.SaveChangesAsync();
            Assert.True((await verifier.VerifyAsync(CancellationToken.None)).Intact);

            // Someone with database access rewrites what the operator did, softens an audit line and removes another.
            await DatabaseOwner.TamperAsync(db, async () =>
            {
                await db.Alarms.Where(a => a.Id == resolved).ExecuteUpdateAsync(s => s.SetProperty(a => a.ResolvedBy, "otra.persona"));
                await db.AuditEvents.Where(e => e.Id == audits[1]).ExecuteUpdateAsync(s => s.SetProperty(e => e.Details, "lectura rutinaria"));
                await db.AuditEvents.Where(e => e.Id == audits[2]).ExecuteDeleteAsync();
            });
        }

        var tampered = await verifier.VerifyAsync(CancellationToken.None);

        Assert.False(tampered.Intact);
        Assert.Equal(
            [
                (LedgerKinds.Audit, audits[1].ToString(CultureInfo.InvariantCulture), LedgerFault.AlteredRecord),
                (LedgerKinds.Audit, audits[2].ToString(CultureInfo.InvariantCulture), LedgerFault.MissingRecord),
                (LedgerKinds.Alarm, resolved.ToString(), LedgerFault.AlteredRecord),
            ],
            tampered.Problems.Select(p => (p.Kind, p.RecordKey, p.Fault)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_deleted_or_edited_link_breaks_the_chain_where_it_was(DatabaseProvider provider)
    {
        var factory = await MigratedDatabase.CreateAsync(provider);
        var (audits, _, _) = await SeedAsync(factory);
        await new LedgerSealer(factory, new ClusterPassLock(Options.Create(factory.Options)), TimeProvider.System).SealAsync(TimeSpan.Zero, CancellationToken.None);
        await using (var db = factory.CreateDbContext())
        {
            // Hiding the edit of the first audit line by sealing its new content, and removing the second line's link.
            await DatabaseOwner.TamperAsync(db, async () =>
            {
                await db.AuditEvents.Where(e => e.Id == audits[0]).ExecuteUpdateAsync(s => s.SetProperty(e => e.Details, "otra cosa"));
                var edited = SealedRecords.Hash(await db.AuditEvents.AsNoTracking().SingleAsync(e => e.Id == audits[0]));
                await db.LedgerEntries.Where(e => e.Index == 1).ExecuteUpdateAsync(s => s.SetProperty(e => e.RecordHash, edited));
                await db.LedgerEntries.Where(e => e.Index == 2).ExecuteDeleteAsync();
            });
        }

        var report = await new LedgerVerifier(factory).VerifyAsync(CancellationToken.None);

        Assert.Equal(
            [(1L, LedgerFault.AlteredLink), (2L, LedgerFault.Gap), (3L, LedgerFault.BrokenChain)],
            report.Problems.Select(p => (p.Index, p.Fault)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Records_younger_than_the_grace_wait_for_a_later_pass(DatabaseProvider provider)
    {
        var factory = await MigratedDatabase.CreateAsync(provider);
        await SeedAsync(factory);
        var sealer = new LedgerSealer(factory, new ClusterPassLock(Options.Create(factory.Options)), TimeProvider.System);

        var early = await sealer.SealAsync(TimeSpan.FromHours(1), CancellationToken.None);
        var report = await new LedgerVerifier(factory).VerifyAsync(CancellationToken.None);

        Assert.Equal(0, early);
        Assert.Equal(0, report.Links);
        Assert.Equal(3, report.UnsealedAudit);
        Assert.Equal(1, report.UnsealedResolvedAlarms);
        Assert.True(report.Intact);
    }

    /// <summary>Three audit events, one alarm resolved with an action, one alarm still open.</summary>
    private static async Task<(long[] Audits, Guid Resolved, Guid Open)> SeedAsync(AmparoDbContextFactory factory)
    {
        var log = new AuditLog(factory, TimeProvider.System);
        await log.RecordAllAsync(
        [
            new AuditEntry("operador", AuditActions.VictimDataRead, "case", "c-1", null, "10.0.0.7", "ficha"),
            new AuditEntry("operador", AuditActions.VictimDataRead, "case", "c-1", null, "10.0.0.7", "mapa con\nsalto de línea"),
            new AuditEntry("supervisor", AuditActions.RegistryExported, "registry", null, null, null, null),
        ], CancellationToken.None);
        var recorder = new AlarmRecorder(factory);
        var caseId = Guid.NewGuid();
        var at = DateTime.UtcNow.AddMinutes(-5);
        var evidence = new AlarmEvidence("fixed_zone", 500, 500, 120, new FixEvidence(Guid.NewGuid(), at, -16.4, -71.5, 5), null, Guid.NewGuid(), "Domicilio");
        var resolved = (await recorder.RaiseAsync(caseId, new AlarmTrigger(AlarmType.ZoneEntry, evidence) { At = at }, CancellationToken.None))!.Alarm.Id;
        var open = (await recorder.RaiseAsync(caseId, new AlarmTrigger(AlarmType.Proximity, evidence) { At = at }, CancellationToken.None))!.Alarm.Id;
        await using var db = factory.CreateDbContext();
        var alarm = await db.Alarms.SingleAsync(a => a.Id == resolved);
        (alarm.State, alarm.ResolvedBy, alarm.ResolvedAt, alarm.Outcome) = (AlarmState.Resolved, "operador", at.AddMinutes(2), AlarmOutcome.PoliceDispatched);
        db.Add(new AlarmAction { AlarmId = resolved, Kind = AlarmActionKind.Resolved, At = at.AddMinutes(2), UserName = "operador", Note = "Patrullero en el lugar." });
        await db.SaveChangesAsync();
        var ids = await db.AuditEvents.OrderBy(e => e.Id).Select(e => e.Id).ToArrayAsync();
        return (ids, resolved, open);
    }
}
