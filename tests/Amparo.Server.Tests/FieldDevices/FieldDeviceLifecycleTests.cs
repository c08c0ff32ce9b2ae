using System.Net;
using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Domain.Cases;
using Amparo.Domain.Stock;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.FieldDevices;

/// <summary>A tracker and a bracelet from a gender area's stock, installed on an aggressor, one swapped, then both removed.</summary>
[Collection(ServerCollection.Name)]
public class FieldDeviceLifecycleTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Stock_to_installation_to_swap_to_removal_keeps_the_case_and_each_device_history(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var world = await FieldWorld.CreateAsync(server);
        using var area = await world.UserAsync(AmparoRoles.AreaMunicipalGenero, "area");
        using var police = await world.UserAsync(AmparoRoles.Policia, "policia");
        var tracker = world.Serial("agr");
        var bracelet = world.Serial("brz");
        var spare = world.Serial("brz2");
        await FieldApi.RegisterAsync(area, tracker, "AggressorTracker", world.GenderAreaId);
        await FieldApi.RegisterAsync(area, bracelet, "Bracelet", world.GenderAreaId);
        var spareId = (await FieldApi.RegisterAsync(area, spare, "Bracelet", world.GenderAreaId)).GetProperty("id").GetGuid();
        Assert.Equal(3, Totals(await StockAsync(area), world.GenderAreaId).GetProperty("inStore").GetInt32());
        await world.BackdateStockAsync();

        // Installation by the police (the act written three minutes after it): the engine watches the tracker at once.
        var now = DateTime.UtcNow;
        var (status, installed) = await FieldApi.PostAsync(police, $"api/cases/{world.CaseId}/installations",
            FieldApi.Act("Aggressor", world.PoliceId).With("at", now.AddMinutes(-3)).With("devices", new[] { tracker, bracelet }));
        Assert.Equal(HttpStatusCode.Created, status);
        Assert.Equal(2, installed.GetProperty("devices").GetArrayLength());
        Assert.Equal("Se negó a firmar sin su abogado.", installed.GetProperty("attendees")[1].GetProperty("refusalReason").GetString());
        await AssertWornAsync(server, world.CaseId, [tracker, bracelet]);
        var inside = new { lat = world.Home.Latitude + 300 / 110_662.86, lon = world.Home.Longitude };
        (await server.SendAsync(tracker, inside.lat, inside.lon, DateTime.UtcNow.AddSeconds(-5))).EnsureSuccessStatusCode();
        using var operador = await world.UserAsync(AmparoRoles.Operador, "operador");
        Assert.Contains(await ApiJson.OpenAlarmsAsync(operador, world.CaseId), a => a.GetProperty("type").GetString() == "zone_entry");
        var detail = await ApiJson.ReadAsync(await police.GetAsync($"api/cases/{world.CaseId}"));
        Assert.Contains(tracker, detail.ToString(), StringComparison.Ordinal);
        var signatureId = installed.GetProperty("attendees")[0].GetProperty("signatureFileId").GetGuid();
        using (var signature = await police.GetAsync($"api/files/{signatureId}"))
        {
            Assert.Equal("image/png", signature.Content.Headers.ContentType?.MediaType);
            Assert.Equal(FieldImages.Png, await signature.Content.ReadAsByteArrayAsync());
        }

        // The bracelet fails: a swap puts the spare on, in one act; the old one goes to repair, nobody pays.
        var far = world.Home.Latitude + 3000 / 110_662.86;
        (await server.SendAsync(bracelet, far, world.Home.Longitude, now.AddMinutes(-2))).EnsureSuccessStatusCode();
        var (swapStatus, swap) = await FieldApi.PostAsync(police, $"api/cases/{world.CaseId}/swaps", FieldApi.Act("Aggressor", world.PoliceId)
            .With("at", now.AddMinutes(-1)).With("removed", new { serial = bracelet, condition = "Faulty" }).With("replacement", spare));
        Assert.Equal(HttpStatusCode.Created, swapStatus);
        Assert.Equal("Swap", swap.GetProperty("kind").GetString());
        Assert.Empty(swap.GetProperty("charges").EnumerateArray());
        await AssertWornAsync(server, world.CaseId, [tracker, spare]);
        (await server.SendAsync(spare, far + 0.001, world.Home.Longitude, now.AddSeconds(-30))).EnsureSuccessStatusCode();
        (await server.SendAsync(bracelet, far, world.Home.Longitude, now.AddSeconds(-20))).EnsureSuccessStatusCode();
        var track = await ApiJson.ReadAsync(await police.GetAsync(
            $"api/cases/{world.CaseId}/track?party=aggressor&from={DateTime.UtcNow.AddMinutes(-5):O}&to={DateTime.UtcNow.AddMinutes(1):O}"));
        // The tracker's, the old bracelet's while worn and the spare's; not the old bracelet's after it came off.
        Assert.Equal(3, track.GetProperty("points").GetArrayLength());

        // Removal at the end of the order: the tracker back in store, the spare damaged and charged to the wearer.
        var (removedStatus, removal) = await FieldApi.PostAsync(police, $"api/cases/{world.CaseId}/removals",
            FieldApi.Act("Aggressor", world.PoliceId).With("receivingInstitutionId", world.PoliceId).With("devices", new object[]
            {
                new { serial = tracker, condition = "Good" },
                new { serial = spare, condition = "Damaged", damage = new { description = "Correa cortada", estimatedCost = 350.50m, currency = "pen" } },
            }));
        Assert.Equal(HttpStatusCode.Created, removedStatus);
        var charge = Assert.Single(removal.GetProperty("charges").EnumerateArray());
        Assert.Equal(350.50m, charge.GetProperty("estimatedCost").GetDecimal());
        Assert.Equal("PEN", charge.GetProperty("currency").GetString());
        Assert.Equal("Charged", charge.GetProperty("status").GetString());
        await AssertWornAsync(server, world.CaseId, []);
        var stock = await StockAsync(police);
        Assert.Equal(1, Totals(stock, world.PoliceId).GetProperty("inStore").GetInt32());
        Assert.Equal(2, Totals(stock, world.PoliceId).GetProperty("inRepair").GetInt32());
        Assert.Equal(0, Totals(stock, world.GenderAreaId).GetProperty("total").GetInt32());

        var history = await ApiJson.ReadAsync(await police.GetAsync($"api/stock/devices/{spareId}/history"));
        Assert.Equal(["InStore", "Installed", "InRepair"], history.GetProperty("movements").EnumerateArray().Select(m => m.GetProperty("toStatus").GetString()));
        Assert.Equal(world.PoliceId, history.GetProperty("device").GetProperty("custodianId").GetGuid());
        var acts = await ApiJson.ReadAsync(await police.GetAsync($"api/cases/{world.CaseId}/acts"));
        Assert.Equal(["Installation", "Swap", "Removal"], acts.EnumerateArray().Select(a => a.GetProperty("kind").GetString()));
        await using (var db = server.Db())
        {
            var kinds = await db.CaseEvents.Where(e => e.CaseId == world.CaseId).OrderBy(e => e.At).Select(e => e.Kind).ToListAsync();
            Assert.Equal([CaseEventKinds.DeviceInstalled, CaseEventKinds.DeviceSwapped, CaseEventKinds.DeviceRemoved], kinds);
        }

        using var supervisor = await world.UserAsync(AmparoRoles.Supervisor, "supervisor");
        using var paid = await supervisor.PutAsJsonAsync($"api/charges/{charge.GetProperty("id").GetGuid()}", new { status = "Paid", note = "Recibo 0042" });
        Assert.Equal("Paid", (await ApiJson.ReadAsync(paid)).GetProperty("status").GetString());
        using var again = await supervisor.PutAsJsonAsync($"api/charges/{charge.GetProperty("id").GetGuid()}", new { status = "Waived" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    private static async Task<JsonElement> StockAsync(HttpClient client) => await ApiJson.ReadAsync(await client.GetAsync("api/stock"));

    private static JsonElement Totals(JsonElement stock, Guid institutionId) =>
        stock.GetProperty("totals").EnumerateArray().SingleOrDefault(t => t.GetProperty("institutionId").GetGuid() == institutionId) is { ValueKind: JsonValueKind.Object } line
            ? line
            : JsonDocument.Parse("""{"inStore":0,"inRepair":0,"total":0}""").RootElement;

    /// <summary>The case's open assignments are exactly these devices, each Installed.</summary>
    private static async Task AssertWornAsync(TestServer server, Guid caseId, string[] serials)
    {
        await using var db = server.Db();
        var worn = await (from a in db.DeviceAssignments
                          join d in db.Devices on a.DeviceId equals d.Id
                          where a.CaseId == caseId && a.RemovedAt == null
                          select new { d.UniqueId, d.StockStatus }).ToListAsync();
        Assert.Equal(serials.Order(), worn.Select(w => w.UniqueId).Order());
        Assert.All(worn, w => Assert.Equal(StockStatus.Installed, w.StockStatus));
    }
}
