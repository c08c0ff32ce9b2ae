using System.Text.Json;
using System.Text.RegularExpressions;
using Amparo.Data.Database;
using Amparo.Data.Integrity;
using Amparo.Data.Portability;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Tests.Portability;

/// <summary>
/// A centre changes provider without losing its history: the demo centre with positions, alarms, audit, a sealed
/// ledger and an issued report is exported, imported into an empty database of the other kind, and exported again:
/// the same tables, the same rows, the same values, and the imported ledger still verifies.
/// </summary>
public partial class ExportImportTests
{
    public static IEnumerable<object[]> Directions =>
    [
        [DatabaseProvider.Sqlite, DatabaseProvider.Postgres],
        [DatabaseProvider.Postgres, DatabaseProvider.Sqlite],
    ];

    [Theory]
    [MemberData(nameof(Directions))]
    public async Task Everything_exported_comes_back_the_same_in_the_other_database_and_its_ledger_still_verifies(DatabaseProvider from, DatabaseProvider to)
    {
        await using var server = await TestServer.StartAsync(from);
        await ActivityAsync(server);
        var first = Folder();
        var second = Folder();
        var exported = await server.App.Services.GetRequiredService<DataExporter>().ExportAsync(first, default);

        var target = await TestDatabases.CreateAsync(to);
        var factory = new AmparoDbContextFactory(Options.Create(target));
        await new DatabaseMigrator(factory).MigrateAsync(default);
        var imported = await new DataImporter(factory).ImportAsync(first, default);
        var again = await new DataExporter(factory, TimeProvider.System).ExportAsync(second, default);
        var ledger = await new LedgerVerifier(factory).VerifyAsync(default);

        Assert.Equal(exported.Tables.Select(t => (t.Name, t.Rows)), again.Tables.Select(t => (t.Name, t.Rows)));
        Assert.All(exported.Tables, t => Assert.Equal(t.Rows, imported[t.Name]));
        foreach (var table in exported.Tables)
        {
            Assert.True(Same(await File.ReadAllTextAsync(Path.Combine(first, table.File)), await File.ReadAllTextAsync(Path.Combine(second, table.File))),
                $"{table.Name} differs after the round trip");
        }

        foreach (var name in new[] { "Cases", "People", "ProtectionMeasures", "Devices", "Positions", "Alarms", "AlarmActions", "AuditEvents", "LedgerEntries", "StoredFiles", "AspNetUsers" })
        {
            Assert.True(exported.Tables.Single(t => t.Name == name).Rows > 0, $"the demo and the activity fill {name}");
        }

        // Every kind of column the model has (uuid, instants, dates, text, lists, bytes, integers, doubles, decimals,
        // booleans, enums) had a value in a table that went through the other database's loader.
        static string Kind(ExportedColumn c) => c.Type.StartsWith("enum ", StringComparison.Ordinal) ? "enum" : c.Type;
        var kinds = exported.Tables.SelectMany(t => t.Columns.Select(Kind)).ToHashSet(StringComparer.Ordinal);
        var filled = exported.Tables.Where(t => t.Rows > 0).SelectMany(t => t.Columns.Select(Kind)).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(kinds.Except(filled));
        Assert.True(ledger.Intact, string.Join("; ", ledger.Problems));
        Assert.True(ledger.Links > 0);
        await using var db = factory.CreateDbContext();
        // New rows after the import take new keys (PostgreSQL's sequences moved past the imported ones).
        db.AuditEvents.Add(new Data.Audit.AuditEvent { At = DateTime.UtcNow, UserName = "importado", Action = "test", SubjectType = "test" });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task An_altered_file_or_a_database_that_is_not_empty_is_refused_and_nothing_is_written()
    {
        await using var server = await TestServer.StartAsync(DatabaseProvider.Sqlite);
        var folder = Folder();
        await server.App.Services.GetRequiredService<DataExporter>().ExportAsync(folder, default);
        var target = await TestDatabases.CreateAsync(DatabaseProvider.Sqlite);
        var factory = new AmparoDbContextFactory(Options.Create(target));
        await new DatabaseMigrator(factory).MigrateAsync(default);
        var manifest = JsonSerializer.Deserialize<ExportManifest>(await File.ReadAllTextAsync(Path.Combine(folder, ExportManifest.FileName)), ExportJson.Options)!;
        var cases = Path.Combine(folder, manifest.Tables.Single(t => t.Name == "Cases").File);
        var original = await File.ReadAllTextAsync(cases);
        await File.WriteAllTextAsync(cases, original.Replace("Activ", "Clos", StringComparison.Ordinal));

        var altered = await Assert.ThrowsAsync<InvalidDataException>(() => new DataImporter(factory).ImportAsync(folder, default));
        await File.WriteAllTextAsync(cases, original);
        var notEmpty = await Assert.ThrowsAsync<InvalidOperationException>(() => server.App.Services.GetRequiredService<DataImporter>().ImportAsync(folder, default));

        Assert.Contains("SHA-256", altered.Message, StringComparison.Ordinal);
        Assert.Contains("not empty", notEmpty.Message, StringComparison.Ordinal);
        await using var db = factory.CreateDbContext();
        Assert.False(await db.Cases.AnyAsync());
    }

    /// <summary>
    /// Positions over OsmAnd, a resolved alarm with its action, zones of every shape and a placed and an unplaced
    /// address on the first case, an occurrences report issued (a stored PDF), audit from the API, the ledger sealed.
    /// </summary>
    internal static async Task ActivityAsync(TestServer server)
    {
        var uniqueId = "export-" + Guid.NewGuid().ToString("N")[..8];
        var now = DateTime.UtcNow;
        Guid caseId;
        await using (var db = server.Db())
        {
            var device = new Data.Devices.Device
            {
                Id = Guid.CreateVersion7(), UniqueId = uniqueId, Protocol = Domain.Devices.DeviceProtocol.OsmAnd, Kind = Domain.Devices.DeviceKind.Phone, CreatedAt = now,
            };
            db.Devices.Add(device);
            caseId = await db.Cases.OrderBy(c => c.FileNumber).Select(c => c.Id).FirstAsync();
            var alarm = new Data.Alarms.Alarm
            {
                Id = Guid.CreateVersion7(), CaseId = caseId, Type = Domain.Alarms.AlarmType.ZoneEntry, Priority = Domain.Alarms.AlarmPriority.Critical,
                State = Domain.Alarms.AlarmState.Resolved, RaisedAt = now.AddMinutes(-30), LastTriggeredAt = now.AddMinutes(-30), TriggerCount = 1,
                Evidence = "{}", FirstEvidence = "{}", Explanation = "Ingreso a zona \\ con \"comillas\", comas y\nsalto", ResolvedBy = "operador",
                ResolvedAt = now.AddMinutes(-10), Outcome = Domain.Alarms.AlarmOutcome.RealBreach,
            };
            db.Alarms.Add(alarm);
            db.AlarmActions.Add(new Data.Alarms.AlarmAction { AlarmId = alarm.Id, Kind = Data.Alarms.AlarmActionKind.Resolved, At = now.AddMinutes(-10), UserName = "operador", Note = "\\N no es nulo" });
            var victim = await db.People.Where(p => p.CaseId == caseId).OrderBy(p => p.Id).FirstAsync();
            victim.Phones = ["+51 999 111 222", "054 \"casa\", 123456"];
            // A field act with a damage charge: the export's only decimal (numeric(12,2) on PostgreSQL).
            var act = new Data.Acts.FieldAct
            {
                Id = Guid.CreateVersion7(), CaseId = caseId, Kind = Domain.Stock.FieldActKind.Removal, PersonId = victim.Id, Role = victim.Role, At = now.AddDays(-2),
                Address = "Calle Mercaderes 123", InstitutionId = await db.Institutions.Select(i => i.Id).FirstAsync(), RecordedBy = "operador", RecordedAt = now.AddDays(-2),
            };
            db.FieldActs.Add(act);
            db.DamageCharges.Add(new Data.Acts.DamageCharge
            {
                Id = Guid.CreateVersion7(), ActId = act.Id, CaseId = caseId, DeviceId = device.Id, PersonId = victim.Id, Condition = Domain.Stock.DeviceCondition.Damaged,
                Description = "Carcasa rota", EstimatedCost = 1234.56m, Currency = "PEN", ChargedAt = now.AddDays(-2),
            });
            db.Zones.AddRange(
                new Data.Zones.Zone
                {
                    Id = Guid.CreateVersion7(), CaseId = caseId, Name = "Parque (polígono)", Kind = Data.Zones.ZoneKind.Fixed, PreAlertBandMetres = 50,
                    PolygonJson = "[[-16.4,-71.54],[-16.4,-71.53],[-16.41,-71.53],[-16.41,-71.54]]",
                },
                new Data.Zones.Zone
                {
                    Id = Guid.CreateVersion7(), CaseId = caseId, Name = "Ruta al trabajo", Kind = Data.Zones.ZoneKind.Route, RadiusMetres = 100, PreAlertBandMetres = 0,
                    PathJson = "[[-16.4,-71.53],[-16.405,-71.535],[-16.41,-71.54]]", ScheduleJson = """[{"days":"Mon-Fri","from":"07:00","to":"09:00"}]""",
                },
                new Data.Zones.Zone { Id = Guid.CreateVersion7(), CaseId = caseId, Name = "Alrededor de ella", Kind = Data.Zones.ZoneKind.Dynamic, RadiusMetres = 300, PreAlertBandMetres = 300 },
                new Data.Zones.Zone
                {
                    Id = Guid.CreateVersion7(), CaseId = caseId, Name = "Casa de noche", Kind = Data.Zones.ZoneKind.Inclusion, RadiusMetres = 80, PreAlertBandMetres = 0,
                    CentreLatitude = -16.3988, CentreLongitude = -71.5369,
                });
            db.CaseAddresses.AddRange(
                new Data.People.CaseAddress
                {
                    Id = Guid.CreateVersion7(), CaseId = caseId, PersonId = victim.Id, Role = victim.Role, Kind = Domain.Intake.AddressKind.Work,
                    Text = "Calle Mercaderes 123, \"Cercado\"", Latitude = -16.3991, Longitude = -71.5357, Protected = true, ConfirmedAt = now.AddDays(-1),
                },
                new Data.People.CaseAddress
                {
                    Id = Guid.CreateVersion7(), CaseId = caseId, PersonId = victim.Id, Role = victim.Role, Kind = Domain.Intake.AddressKind.Other, Text = "Sin ubicar todavía",
                });
            await db.SaveChangesAsync();
        }

        for (var i = 0; i < 3; i++)
        {
            (await server.SendAsync(uniqueId, -16.40 + (i * 0.001), -71.53, now.AddSeconds(-60 + (i * 10)))).EnsureSuccessStatusCode();
        }

        using var operador = await server.ClientAsync("operador");
        (await operador.GetAsync("api/cases/live")).EnsureSuccessStatusCode();
        (await operador.PostAsJsonAsync($"api/cases/{caseId}/reports/occurrences", new { from = now.AddHours(-1), to = now })).EnsureSuccessStatusCode();
        await server.App.Services.GetRequiredService<LedgerSealer>().SealAsync(TimeSpan.Zero, default);
    }

    internal static string Folder() => Path.Combine(Path.GetTempPath(), "amparo-export-" + Guid.NewGuid().ToString("N"));

    /// <summary>The same files, instants compared to the microsecond (PostgreSQL keeps microseconds, SQLite ticks).</summary>
    private static bool Same(string a, string b) => Microseconds().Replace(a, "$1") == Microseconds().Replace(b, "$1");

    [GeneratedRegex(@"(\d{2}:\d{2}:\d{2}\.\d{6})\dZ")]
    private static partial Regex Microseconds();
}
