using System.Net;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.Tests.Support;
using Amparo.Testing;

namespace Amparo.Server.Tests.FieldDevices;

[Collection(ServerCollection.Name)]
public class StockRefusalTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_municipality_not_adhered_keeps_no_stock_and_a_device_is_installed_only_by_an_act(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var world = await FieldWorld.CreateAsync(server);
        using var tecnico = await world.UserAsync(AmparoRoles.Tecnico, "tecnico");

        var (refusedStatus, refused) = await FieldApi.PostAsync(tecnico, "api/stock/devices",
            new { uniqueId = world.Serial("x"), protocol = "OsmAnd", kind = "Bracelet", custodianId = world.NonAdherentAreaId });
        Assert.Equal(HttpStatusCode.Conflict, refusedStatus);
        Assert.Contains("no adherido", FieldApi.Detail(refused), StringComparison.Ordinal);

        var device = (await FieldApi.RegisterAsync(tecnico, world.Serial("brz"), "Bracelet", world.GenderAreaId)).GetProperty("id").GetGuid();
        var (installStatus, install) = await FieldApi.PostAsync(tecnico, $"api/stock/devices/{device}/movements", new { status = "Installed" });
        Assert.Equal(HttpStatusCode.Conflict, installStatus);
        Assert.Contains("acta de instalación", FieldApi.Detail(install), StringComparison.Ordinal);
        var (transferStatus, _) = await FieldApi.PostAsync(tecnico, $"api/stock/devices/{device}/movements", new { institutionId = world.NonAdherentAreaId });
        Assert.Equal(HttpStatusCode.Conflict, transferStatus);
        var (lostStatus, _) = await FieldApi.PostAsync(tecnico, $"api/stock/devices/{device}/movements", new { status = "Lost" });
        Assert.Equal(HttpStatusCode.BadRequest, lostStatus);

        var (repairStatus, repair) = await FieldApi.PostAsync(tecnico, $"api/stock/devices/{device}/movements",
            new { status = "InRepair", institutionId = world.PoliceId, note = "Pantalla rota" });
        Assert.Equal(HttpStatusCode.OK, repairStatus);
        Assert.Equal("InRepair", repair.GetProperty("status").GetString());
        Assert.Equal(world.PoliceId, repair.GetProperty("custodianId").GetGuid());
        var history = await ApiJson.ReadAsync(await tecnico.GetAsync($"api/stock/devices/{device}/history"));
        var last = history.GetProperty("movements").EnumerateArray().Last();
        Assert.Equal(world.GenderAreaId, last.GetProperty("fromInstitutionId").GetGuid());
        Assert.Equal("Pantalla rota", last.GetProperty("note").GetString());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Another_jurisdiction_does_not_see_the_stock_and_a_monitoring_operator_does_not_keep_it(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var world = await FieldWorld.CreateAsync(server);
        var elsewhere = await FieldWorld.CreateAsync(server);
        using var tecnico = await world.UserAsync(AmparoRoles.Tecnico, "tecnico");
        using var stranger = await elsewhere.UserAsync(AmparoRoles.Tecnico, "tecnico");
        var device = (await FieldApi.RegisterAsync(tecnico, world.Serial("agr"), "AggressorTracker", world.GenderAreaId)).GetProperty("id").GetGuid();

        using var history = await stranger.GetAsync($"api/stock/devices/{device}/history");
        Assert.Equal(HttpStatusCode.NotFound, history.StatusCode);
        var (moveStatus, _) = await FieldApi.PostAsync(stranger, $"api/stock/devices/{device}/movements", new { status = "InRepair" });
        Assert.Equal(HttpStatusCode.NotFound, moveStatus);
        var (registerStatus, _) = await FieldApi.PostAsync(stranger, "api/stock/devices",
            new { uniqueId = elsewhere.Serial("y"), protocol = "OsmAnd", kind = "Bracelet", custodianId = world.GenderAreaId });
        Assert.Equal(HttpStatusCode.BadRequest, registerStatus);
        var stock = await ApiJson.ReadAsync(await stranger.GetAsync("api/stock"));
        Assert.Empty(stock.GetProperty("devices").EnumerateArray());

        using var operador = await world.UserAsync(AmparoRoles.Operador, "operador");
        using var forbidden = await operador.GetAsync("api/stock");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }
}
