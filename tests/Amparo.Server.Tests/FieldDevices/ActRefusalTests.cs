using System.Net;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Domain.Cases;
using Amparo.Domain.Stock;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.FieldDevices;

[Collection(ServerCollection.Name)]
public class ActRefusalTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_device_installed_a_case_not_active_a_PDF_as_a_photo_and_another_jurisdiction_are_refused(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var world = await FieldWorld.CreateAsync(server);
        using var police = await world.UserAsync(AmparoRoles.Policia, "policia");
        var tracker = world.Serial("agr");
        var trackerId = (await FieldApi.RegisterAsync(police, tracker, "AggressorTracker", world.PoliceId)).GetProperty("id").GetGuid();

        var (pdfStatus, pdf) = await FieldApi.PostAsync(police, $"api/cases/{world.CaseId}/installations",
            FieldApi.Act("Aggressor", world.PoliceId, FieldImages.File("foto.jpg", FieldImages.Pdf)).With("devices", new[] { tracker }));
        Assert.Equal(HttpStatusCode.BadRequest, pdfStatus);
        Assert.Contains("no es de un tipo admitido", FieldApi.Detail(pdf), StringComparison.Ordinal);
        await AssertNothingStoredAsync(server, world.CaseId, trackerId);
        var (earlyStatus, early) = await FieldApi.PostAsync(police, $"api/cases/{world.CaseId}/installations",
            FieldApi.Act("Aggressor", world.PoliceId).With("at", DateTime.UtcNow.AddHours(-1)).With("devices", new[] { tracker }));
        Assert.Equal(HttpStatusCode.BadRequest, earlyStatus);
        Assert.Contains("anterior al último movimiento", FieldApi.Detail(early), StringComparison.Ordinal);

        var ordered = await world.AnotherCaseAsync(CaseStatus.Ordered);
        var (orderedStatus, notActive) = await FieldApi.PostAsync(police, $"api/cases/{ordered}/installations",
            FieldApi.Act("Aggressor", world.PoliceId).With("devices", new[] { tracker }));
        Assert.Equal(HttpStatusCode.Conflict, orderedStatus);
        Assert.Contains("no está activo", FieldApi.Detail(notActive), StringComparison.Ordinal);

        var elsewhere = await FieldWorld.CreateAsync(server);
        using var stranger = await elsewhere.UserAsync(AmparoRoles.Policia, "policia");
        var (strangerStatus, _) = await FieldApi.PostAsync(stranger, $"api/cases/{world.CaseId}/installations",
            FieldApi.Act("Aggressor", elsewhere.PoliceId).With("devices", new[] { tracker }));
        Assert.Equal(HttpStatusCode.NotFound, strangerStatus);

        var (installedStatus, installed) = await FieldApi.PostAsync(police, $"api/cases/{world.CaseId}/installations",
            FieldApi.Act("Aggressor", world.PoliceId).With("devices", new[] { tracker }));
        Assert.Equal(HttpStatusCode.Created, installedStatus);
        var other = await world.AnotherCaseAsync();
        var (twiceStatus, twice) = await FieldApi.PostAsync(police, $"api/cases/{other}/installations",
            FieldApi.Act("Aggressor", world.PoliceId).With("devices", new[] { tracker }));
        Assert.Equal(HttpStatusCode.Conflict, twiceStatus);
        Assert.Contains("ya está instalado en otro caso", FieldApi.Detail(twice), StringComparison.Ordinal);

        var photoId = installed.GetProperty("photos")[0].GetProperty("fileId").GetGuid();
        using (var acts = await stranger.GetAsync($"api/cases/{world.CaseId}/acts"))
        {
            Assert.Equal(HttpStatusCode.NotFound, acts.StatusCode);
        }

        using var file = await stranger.GetAsync($"api/files/{photoId}");
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_victims_act_is_restricted_and_its_files_refused_to_roles_that_may_not_see_her_data(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var world = await FieldWorld.CreateAsync(server);
        using var area = await world.UserAsync(AmparoRoles.AreaMunicipalGenero, "area");
        var phone = world.Serial("vic");
        await FieldApi.RegisterAsync(area, phone, "Phone", world.GenderAreaId);
        var (wrongPartyStatus, wrongParty) = await FieldApi.PostAsync(area, $"api/cases/{world.CaseId}/installations",
            FieldApi.Act("Aggressor", world.GenderAreaId).With("devices", new[] { phone }));
        Assert.Equal(HttpStatusCode.BadRequest, wrongPartyStatus);
        Assert.Contains("no es para el agresor", FieldApi.Detail(wrongParty), StringComparison.Ordinal);

        var (status, act) = await FieldApi.PostAsync(area, $"api/cases/{world.CaseId}/installations",
            FieldApi.Act("Victim", world.GenderAreaId).With("devices", new[] { phone }));
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.True(act.GetProperty("restricted").GetBoolean());
        Assert.Empty(act.GetProperty("attendees").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, act.GetProperty("address").ValueKind);

        using var supervisor = await world.UserAsync(AmparoRoles.Supervisor, "supervisor");
        var full = await ApiJson.ReadAsync(await supervisor.GetAsync($"api/acts/{act.GetProperty("id").GetGuid()}"));
        Assert.Equal("Av. Ejército 123, Cayma", full.GetProperty("address").GetString());
        var signatureId = full.GetProperty("attendees")[0].GetProperty("signatureFileId").GetGuid();
        using var police = await world.UserAsync(AmparoRoles.Policia, "policia");
        using (var refused = await police.GetAsync($"api/files/{signatureId}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var granted = await supervisor.GetAsync($"api/files/{signatureId}");
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        await using var db = server.Db();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.CaseId == world.CaseId && e.Details == "api file"));
    }

    private static async Task AssertNothingStoredAsync(TestServer server, Guid caseId, Guid deviceId)
    {
        await using var db = server.Db();
        Assert.Equal(StockStatus.InStore, await db.Devices.Where(d => d.Id == deviceId).Select(d => d.StockStatus).SingleAsync());
        Assert.False(await db.StoredFiles.AnyAsync(f => f.CaseId == caseId));
        Assert.False(await db.FieldActs.AnyAsync(a => a.CaseId == caseId));
    }
}
