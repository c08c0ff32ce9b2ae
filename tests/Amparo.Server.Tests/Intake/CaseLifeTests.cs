using System.Net;
using Amparo.Data.Identity;
using Amparo.Data.Institutions;
using Amparo.Server.CourtOrders;
using Amparo.Server.Tests.FieldDevices;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Intake;

/// <summary>One case through its whole life, each institution doing its part through the API.</summary>
[Collection(ServerCollection.Name)]
public class CaseLifeTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(-5));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Order_to_activation_to_installation_to_monitoring_to_expiry_warning_to_extension_to_cessation_to_removal(Amparo.Data.Database.DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        var (area, station) = await InstitutionsAsync(server, desk.JurisdictionId);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        using var gender = await server.ClientAsync(await TestUsers.CreateAsync(server, "area-" + suffix, AmparoRoles.AreaMunicipalGenero, desk.JurisdictionId));
        using var police = await server.ClientAsync(await TestUsers.CreateAsync(server, "comisaria-" + suffix, AmparoRoles.Policia, desk.JurisdictionId));

        // Order → prerequisites → feasibility → activation, its surveillance ending in five days.
        var caseId = await desk.ActivatedCaseAsync(Today.AddDays(5));

        // Installation act: the gender area's devices, put on the aggressor by the police.
        var tracker = "agr-" + suffix;
        var bracelet = "brz-" + suffix;
        await FieldApi.RegisterAsync(gender, tracker, "AggressorTracker", area);
        await FieldApi.RegisterAsync(gender, bracelet, "Bracelet", area);
        var (installed, _) = await FieldApi.PostAsync(police, $"api/cases/{caseId}/installations",
            FieldApi.Act("Aggressor", station).With("devices", new[] { tracker, bracelet }));
        Assert.Equal(HttpStatusCode.Created, installed);

        // Monitoring: his tracker inside her home's 1,000 m raises a zone entry at once.
        var inside = IntakeDesk.North(IntakeDesk.HerHome, 300);
        (await server.SendAsync(tracker, inside.Latitude, inside.Longitude, DateTime.UtcNow)).EnsureSuccessStatusCode();
        Assert.Contains(await ApiJson.OpenAlarmsAsync(desk.Operator, caseId), a => a.GetProperty("type").GetString() == "zone_entry");

        // Ten days before the end: the warning, and the court's queue; the court extends.
        await server.App.Services.GetRequiredService<ExpiryWatch>().RunOnceAsync(CancellationToken.None);
        Assert.Contains((await ApiJson.ReadAsync(await desk.Court.GetAsync("api/cases/expiring"))).EnumerateArray(), c => c.GetProperty("caseId").GetGuid() == caseId);
        (await desk.Court.PostAsJsonAsync($"api/cases/{caseId}/orders", Order("Extension", Today.AddMonths(3)), ApiJson.Options)).EnsureSuccessStatusCode();

        // Later she wishes to leave: the interview, then the court's cessation; the devices come off.
        (await desk.Cem.PostAsJsonAsync($"api/cases/{caseId}/interviews", new { institution = "CEM Arequipa", risksExplained = true, wishesToLeave = true })).EnsureSuccessStatusCode();
        (await desk.Court.PostAsJsonAsync($"api/cases/{caseId}/orders", Order("Cessation", null), ApiJson.Options)).EnsureSuccessStatusCode();
        var (removed, _) = await FieldApi.PostAsync(police, $"api/cases/{caseId}/removals", FieldApi.Act("Aggressor", station)
            .With("receivingInstitutionId", station).With("devices", new object[] { new { serial = tracker, condition = "Good" }, new { serial = bracelet, condition = "Good" } }));
        Assert.Equal(HttpStatusCode.Created, removed);

        await using (var db = server.Db())
        {
            Assert.Equal("Closed", (await db.Cases.SingleAsync(c => c.Id == caseId)).Status.ToString());
            Assert.False(await db.DeviceAssignments.AnyAsync(a => a.CaseId == caseId && a.RemovedAt == null));
        }

        var life = (await desk.TimelineAsync(caseId)).Where(Milestones.Contains).ToList();
        Assert.Equal(Milestones, life);
    }

    private static readonly string[] Milestones =
    [
        "order.registered", "risk.assessed", "case.activated", "device.installed", "order.expiry_warned", "order.extended",
        "cessation.interview", "case.ceased", "device.removed",
    ];

    private static object Order(string kind, DateOnly? endsOn) => new
    {
        kind, court = "2.º Juzgado de Familia de Arequipa", judge = "Dra. Rosa Quispe", issuedOn = Today, endsOn, note = "Resolución",
    };

    /// <summary>An adherent gender area that keeps the devices and the police station that fits them.</summary>
    private static async Task<(Guid Area, Guid Station)> InstitutionsAsync(TestServer server, Guid jurisdictionId)
    {
        await using var db = server.Db();
        var area = new Institution { Id = Guid.CreateVersion7(), Name = "Área de la Mujer", Kind = InstitutionKind.MunicipalGenderArea, JurisdictionId = jurisdictionId, Adherent = true, AdheredOn = new DateOnly(2025, 1, 1) };
        var station = new Institution { Id = Guid.CreateVersion7(), Name = "Comisaría de Familia", Kind = InstitutionKind.Police, JurisdictionId = jurisdictionId };
        db.Institutions.AddRange(area, station);
        await db.SaveChangesAsync();
        return (area.Id, station.Id);
    }
}
