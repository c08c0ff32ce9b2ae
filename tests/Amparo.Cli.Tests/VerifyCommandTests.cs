using Amparo.Cli.Commands;
using Amparo.Data.Audit;
using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Data.Institutions;
using Amparo.Data.Integrity;
using Amparo.Domain.Cases;
using Amparo.Server.Auth;
using Amparo.Server.Notices.Occurrences;
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
        await new LedgerSealer(factory, new ClusterPassLock(Options.Create(factory.Options)), TimeProvider.System).SealAsync(TimeSpan.Zero, CancellationToken.None);

        var intact = await RunAsync(["verify", .. db]);
        long edited;
        await using (var context = factory.CreateDbContext())
        {
            edited = await context.AuditEvents.Where(e => e.SubjectId == "c-2").Select(e => e.Id).SingleAsync();
            await DatabaseOwner.TamperAsync(context, () => context.AuditEvents.Where(e => e.Id == edited).ExecuteUpdateAsync(s => s.SetProperty(e => e.UserName, "nadie")));
        }

        var tampered = await RunAsync(["verify", .. db]);

        Assert.Equal(0, intact.Code);
        Assert.Contains("2 enlaces / links", intact.Output, StringComparison.Ordinal);
        Assert.Contains("ÍNTEGRO / INTACT", intact.Output, StringComparison.Ordinal);
        Assert.Equal(1, tampered.Code);
        Assert.Contains($"enlace / link 2: audit {edited}: el registro cambió desde que se selló", tampered.Output, StringComparison.Ordinal);
        Assert.Contains("ALTERADO / TAMPERED: 1 problemas", tampered.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Verify_of_an_issued_report_says_authentic_and_of_an_edited_copy_not(DatabaseProvider provider)
    {
        var database = await TestDatabases.CreateAsync(provider);
        string[] db = ["--provider", provider.ToString(), "--connection", database.ConnectionString];
        await RunAsync(["migrate", .. db]);
        var factory = new AmparoDbContextFactory(Options.Create(database));
        var jurisdiction = new Jurisdiction { Id = Guid.CreateVersion7(), Name = "Arequipa", CountryCode = "PE" };
        var monitored = new MonitoredCase { Id = Guid.CreateVersion7(), FileNumber = "00999-2026", Court = "Juzgado de Familia", JurisdictionId = jurisdiction.Id, CreatedAt = DateTime.UtcNow };
        await using (var context = factory.CreateDbContext())
        {
            context.Jurisdictions.Add(jurisdiction);
            context.Cases.Add(monitored);
            CaseTimeline.Record(context, monitored.Id, CaseEventKinds.Activated, "supervisor", DateTime.UtcNow.AddHours(-2), "Monitoreo activado");
            await context.SaveChangesAsync();
        }

        var scope = new UserScope("juzgado", new HashSet<Guid> { jurisdiction.Id }, false, false) { Roles = new HashSet<string> { AmparoRoles.Juzgado } };
        var issued = await new OccurrenceReports(factory, TimeProvider.System)
            .IssueAsync(monitored.Id, new OccurrenceReportRequest(DateTime.UtcNow.AddDays(-1), DateTime.UtcNow), scope, CancellationToken.None);
        var pdf = (await new OccurrenceReports(factory, TimeProvider.System).PdfAsync(issued.Value!.Id, scope, CancellationToken.None)).Value!.Content;
        var path = Path.Combine(Path.GetTempPath(), $"informe-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        var copy = Path.Combine(Path.GetTempPath(), $"informe-{Guid.NewGuid():N}.pdf");
        var edited = (byte[])pdf.Clone();
        edited[^10] ^= 0x20;
        await File.WriteAllBytesAsync(copy, edited);

        var authentic = await RunAsync(["verify", path, .. db]);
        var altered = await RunAsync(["verify", copy, .. db]);
        var missing = await RunAsync(["verify", path + ".no", .. db]);

        Assert.Equal(0, authentic.Code);
        Assert.Contains("Origen / origin: es el archivo emitido", authentic.Output, StringComparison.Ordinal);
        Assert.Contains("expediente / file 00999-2026", authentic.Output, StringComparison.Ordinal);
        Assert.Contains("Registros / records: sin cambios", authentic.Output, StringComparison.Ordinal);
        Assert.Contains("Veredicto / verdict: AUTÉNTICO, registros sin cambios", authentic.Output, StringComparison.Ordinal);
        Assert.Equal(1, altered.Code);
        Assert.Contains("NO AUTÉNTICO", altered.Output, StringComparison.Ordinal);
        Assert.Equal(2, missing.Code);
    }
}
