using Microsoft.Extensions.Options;
using Amparo.Data.Audit;
using Amparo.Data.Database;
using Amparo.Data.Integrity;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Tests.Integrity;

public class AppendOnlyAuditTests
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_database_refuses_to_edit_or_remove_an_audit_event_or_a_ledger_link_but_lets_it_be_sealed_once(DatabaseProvider provider)
    {
        var factory = await MigratedDatabase.CreateAsync(provider);
        await new AuditLog(factory, TimeProvider.System).RecordAsync(
            new AuditEntry("operador", AuditActions.VictimPositionRead, "victim_position", RemoteAddress: "10.0.0.7", Details: "api track"), CancellationToken.None);
        await using var db = factory.CreateDbContext();
        var id = await db.AuditEvents.Select(e => e.Id).SingleAsync();

        var edit = await Record.ExceptionAsync(() => db.AuditEvents.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Details, "nada")));
        var remove = await Record.ExceptionAsync(() => db.AuditEvents.Where(e => e.Id == id).ExecuteDeleteAsync());
        var sealedCount = await new LedgerSealer(factory, new ClusterPassLock(Options.Create(factory.Options)), TimeProvider.System).SealAsync(TimeSpan.Zero, CancellationToken.None);
        var reseal = await Record.ExceptionAsync(() => db.AuditEvents.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.LedgerIndex, 99)));
        var relink = await Record.ExceptionAsync(() => db.LedgerEntries.ExecuteUpdateAsync(s => s.SetProperty(e => e.RecordHash, "0")));
        var unlink = await Record.ExceptionAsync(() => db.LedgerEntries.ExecuteDeleteAsync());

        Assert.NotNull(edit);
        Assert.Contains("solo agregado", edit.ToString(), StringComparison.Ordinal);
        Assert.NotNull(remove);
        Assert.Equal(1, sealedCount);
        Assert.NotNull(reseal);
        Assert.NotNull(relink);
        Assert.NotNull(unlink);
        var stored = await db.AuditEvents.AsNoTracking().SingleAsync();
        Assert.Equal("api track", stored.Details);
        Assert.Equal(1, stored.LedgerIndex);
        Assert.True((await new LedgerVerifier(factory).VerifyAsync(CancellationToken.None)).Intact);
    }
}
