using System.Net;
using System.Text.Json;
using Amparo.Data.Audit;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Domain.Cases;
using Amparo.Domain.Registries;
using Amparo.Server.Auth;
using Amparo.Server.Registries;
using Amparo.Server.Tests.Intake;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Registries;

[Collection(ServerCollection.Name)]
public class MonitoredSituationsExportTests(ServerPool servers)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_registry_has_one_row_per_case_of_her_jurisdictions_open_in_the_period_as_csv_and_xlsx(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        using var elsewhere = await IntakeDesk.CreateAsync(server);
        var active = await RegistrySeed.ActiveCaseAsync(desk);
        await RegistrySeed.AddDependantAsync(desk, active, "Child", true, "Abuela materna, +51 959 000 333");
        await RegistrySeed.AddDependantAsync(desk, active, "OlderAdult", false, null);
        var old = await desk.RegisterAsync();
        var foreign = await elsewhere.RegisterAsync();
        string fileNumber;
        await using (var db = server.Db())
        {
            await db.Cases.Where(c => c.Id == old).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.CreatedAt, new DateTime(2025, 1, 10, 0, 0, 0, DateTimeKind.Utc))
                .SetProperty(c => c.ClosedAt, new DateTime(2025, 2, 10, 0, 0, 0, DateTimeKind.Utc))
                .SetProperty(c => c.Status, CaseStatus.Closed));
            fileNumber = await db.Cases.Where(c => c.Id == active).Select(c => c.FileNumber).SingleAsync();
            Assert.True(await db.Cases.AnyAsync(c => c.Id == foreign));
        }

        var exportsBefore = await ExportsAsync(server);
        var query = $"api/registries/monitored-situations?from={Today.AddDays(-7):yyyy-MM-dd}&to={Today.AddDays(1):yyyy-MM-dd}";

        using var csv = await desk.Supervisor.GetAsync(query + "&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var (csvHeader, csvRows) = CsvReading.Parse(await csv.Content.ReadAsByteArrayAsync());
        Assert.Equal(MonitoredSituationColumns.All.Select(c => c.Spanish), csvHeader);
        CheckRow(Assert.Single(csvRows), fileNumber);

        using var xlsx = await desk.Court.GetAsync(query + "&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(RegistryFile.XlsxType, xlsx.Content.Headers.ContentType?.MediaType);
        var (xlsxHeader, xlsxRows) = XlsxReading.Parse(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(csvHeader, xlsxHeader);
        CheckRow(Assert.Single(xlsxRows), fileNumber);

        // The old case is in a period of its own.
        using var past = await desk.Supervisor.GetAsync("api/registries/monitored-situations?from=2025-01-01&to=2025-01-31");
        var pastRow = Assert.Single(CsvReading.Parse(await past.Content.ReadAsByteArrayAsync()).Rows);
        Assert.Equal("Closed", pastRow["Estado"]);
        Assert.Equal("2025-02-10T00:00:00Z", pastRow["Cierre"]);
        using var english = await desk.Supervisor.GetAsync(query + "&lang=en");
        var (englishHeader, englishRows) = CsvReading.Parse(await english.Content.ReadAsByteArrayAsync());
        Assert.Equal(MonitoredSituationColumns.All.Select(c => c.English), englishHeader);
        Assert.Equal(fileNumber, Assert.Single(englishRows)["File number"]);

        Assert.Equal(exportsBefore + 4, await ExportsAsync(server));
        await using (var db = server.Db())
        {
            // Each export that carried her identity is a read of her data: CSV, XLSX, English CSV.
            Assert.Equal(3, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.VictimDataRead && e.CaseId == active && e.SubjectType == "registry.monitored-situations"));
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Roles_outside_the_registry_are_refused_in_spanish_and_a_bad_query_too(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        var police = await TestUsers.CreateAsync(server, "policia-" + Guid.NewGuid().ToString("N")[..8], AmparoRoles.Policia, desk.JurisdictionId);
        using var client = await server.ClientAsync(police);

        using var refused = await client.GetAsync("api/registries/monitored-situations?format=csv");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Su rol no puede", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var circuits = await desk.Technician.GetAsync("api/registries/circuits");
        Assert.Equal(HttpStatusCode.Forbidden, circuits.StatusCode);

        using var reversed = await desk.Supervisor.GetAsync("api/registries/monitored-situations?from=2026-12-01&to=2026-11-01");
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.Contains("periodo", (await reversed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        using var pdf = await desk.Supervisor.GetAsync("api/registries/monitored-situations?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_reader_who_may_not_read_the_victims_data_gets_no_identity_column_nor_value(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        await desk.RegisterAsync();
        var reader = server.App.Services.GetRequiredService<MonitoredSituationReader>();
        var period = new RegistryPeriod(Today.AddDays(-1), Today.AddDays(1), TimeZoneInfo.Utc);
        var jurisdictions = new HashSet<Guid> { desk.JurisdictionId };

        var restricted = Assert.Single(await reader.ReadAsync(new UserScope("sin-datos", jurisdictions, false, false) { SeesVictimData = false }, period, CancellationToken.None));
        Assert.Null(restricted.VictimName);
        Assert.Null(restricted.VictimDocument);
        var open = Assert.Single(await reader.ReadAsync(new UserScope("con-datos", jurisdictions, false, false) { SeesVictimData = true }, period, CancellationToken.None));
        Assert.Equal("María Condori", open.VictimName);
        var (header, _) = CsvReading.Parse(CsvWriter.Write(MonitoredSituationColumns.For(false), [restricted]));
        Assert.DoesNotContain("Nombre de la víctima", header);
        Assert.DoesNotContain("Documento de la víctima", header);
    }

    private static void CheckRow(Dictionary<string, string> row, string fileNumber)
    {
        Assert.Equal(fileNumber, row["Expediente"]);
        Assert.Equal("2.º Juzgado de Familia de Arequipa", row["Juzgado"]);
        Assert.StartsWith("Intake ", row["Jurisdicción"], StringComparison.Ordinal);
        Assert.Equal("Active", row["Estado"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", row["Fecha de la orden"]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", row["Activación"]);
        Assert.Equal("", row["Cierre"]);
        Assert.Equal("1000", row["Perímetro (m)"]);
        Assert.Equal("pe-fvr 2019", row["Instrumento de riesgo"]);
        Assert.NotEqual("", row["Nivel de riesgo"]);
        Assert.Equal("Given", row["Consentimiento de la víctima"]);
        Assert.Contains("ElectronicSurveillance ", row["Medidas de protección"], StringComparison.Ordinal);
        Assert.Contains("ProhibitionToApproach ", row["Medidas de protección"], StringComparison.Ordinal);
        Assert.Equal("0", row["Dispositivos instalados"]);
        Assert.Equal("Child: 1; OlderAdult: 1", row["Dependientes por categoría"]);
        Assert.Equal("Child: con red; OlderAdult: sin red", row["Red de soporte de dependientes"]);
        Assert.Equal("María Condori", row["Nombre de la víctima"]);
        Assert.Equal("40123456", row["Documento de la víctima"]);
    }

    private static async Task<int> ExportsAsync(TestServer server)
    {
        await using var db = server.Db();
        return await db.AuditEvents.CountAsync(e => e.Action == AuditActions.RegistryExported);
    }
}
