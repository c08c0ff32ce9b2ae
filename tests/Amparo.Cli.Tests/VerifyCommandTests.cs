using Amparo.Cli.Commands;
using Amparo.Data.Audit;
using Amparo.Data.Database;
using Amparo.Data.Integrity;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Cli.Tests;

public class VerifyCommandTests
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    private static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await AmparoCli.RunAsync(args, output, error);
        return (code, output.ToString() + error);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Verify_says_intact_then_names_the_audit_line_someone_edited_in_the_database(DatabaseProvider provider)
    {
        var database = await TestDatabases.CreateAsync(provider);
        string[] db = ["--provider", provider.ToString(), "--connection", database.ConnectionString];
        await RunAsync(["migrate", .. db]);
        var factory = new AmparoDbContextFactory(Options.Create(database));
        await new AuditLog(factory, TimeProvider.System).RecordAllAsync(
        [
            new AuditEntry("operador", AuditActions.VictimDataRead, "case", "c-1", null, "10.0.0.7", "ficha"),
            new AuditEntry("operador", AuditActions.VictimDataRead, "case", "c-2", null, "10.0.0.7", "mapa"),
        ], CancellationToken.None);
        await new LedgerSealer(factory, TimeProvider.System).SealAsync(TimeSpan.Zero, CancellationToken.None);

        var intact = await RunAsync(["verify", .. db]);
        long edited;
        await using (var context = factory.CreateDbContext())
        {
            edited = await context.AuditEvents.Where(e => e.SubjectId == "c-2").Select(e => e.Id).SingleAsync();
            await context.AuditEvents.Where(e => e.Id == edited).ExecuteUpdateAsync(s => s.SetProperty(e => e.UserName, "nadie"));
        }

        var tampered = await RunAsync(["verify", .. db]);

        Assert.Equal(0, intact.Code);
        Assert.Contains("2 enlaces / links", intact.Output, StringComparison.Ordinal);
        Assert.Contains("ÍNTEGRO / INTACT", intact.Output, StringComparison.Ordinal);
        Assert.Equal(1, tampered.Code);
        Assert.Contains($"enlace / link 2: audit {edited}: el registro cambió desde que se selló", tampered.Output, StringComparison.Ordinal);
        Assert.Contains("ALTERADO / TAMPERED: 1 problemas", tampered.Output, StringComparison.Ordinal);
    }
}
