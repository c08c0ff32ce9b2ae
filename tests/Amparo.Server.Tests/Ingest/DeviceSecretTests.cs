using System.Net;
using Amparo.Data.Audit;
using Amparo.Data.Database;
using Amparo.Domain.Devices;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Ingest;

/// <summary>A phone with its own secret is heard only when it sends it: its identifier alone no longer speaks for it.</summary>
[Collection(ServerCollection.Name)]
public class DeviceSecretTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_osmand_device_with_a_secret_is_refused_without_it_or_with_a_wrong_one_and_the_secret_is_never_stored(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server, aggressorProtocol: DeviceProtocol.Gt06);
        await using var db = server.Db();
        var deviceId = await db.Devices.Where(d => d.UniqueId == test.VictimDevice).Select(d => d.Id).SingleAsync();
        using var administrator = await server.ClientAsync("administrador");
        using var made = await administrator.PostAsync($"api/stock/devices/{deviceId}/secret", null);
        var secret = (await ApiJson.ReadAsync(made)).GetProperty("secret").GetString()!;
        var at = DateTime.UtcNow.AddSeconds(-30);

        using var bare = await server.SendAsync(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, at);
        using var wrong = await server.SendAsync(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, at.AddSeconds(1), "&key=otra-clave");
        using var right = await server.SendAsync(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, at.AddSeconds(2), "&key=" + Uri.EscapeDataString(secret));
        using var cleared = await administrator.DeleteAsync($"api/stock/devices/{deviceId}/secret");
        using var afterwards = await server.SendAsync(test.VictimDevice, test.Home.Latitude, test.Home.Longitude, at.AddSeconds(3));

        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterwards.StatusCode);
        var stored = await (from p in db.Positions join d in db.Devices on p.DeviceId equals d.Id where d.UniqueId == test.VictimDevice select p.Attributes).ToListAsync();
        Assert.Equal(2, stored.Count);
        Assert.All(stored, attributes => Assert.DoesNotContain(secret, attributes ?? string.Empty, StringComparison.Ordinal));
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.SubjectId == test.VictimDevice && (e.Action == AuditActions.DeviceSecretSet || e.Action == AuditActions.DeviceSecretRemoved)));
        using var gt06 = await administrator.PostAsync($"api/stock/devices/{await db.Devices.Where(d => d.UniqueId == test.AggressorDevice).Select(d => d.Id).SingleAsync()}/secret", null);
        Assert.Equal(HttpStatusCode.Conflict, gt06.StatusCode);
    }
}
