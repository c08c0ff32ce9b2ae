using System.Net;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Intake;

/// <summary>A server with no geocoder configured (the default): the lookup says to place the address on the map, after the same access checks.</summary>
[Collection(ServerCollection.Name)]
public class GeocodingOffTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Without_a_geocoder_the_lookup_is_a_503_that_says_to_place_the_address_on_the_map(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        using var desk = await IntakeDesk.CreateAsync(server);
        using var elsewhere = await IntakeDesk.CreateAsync(server);
        var caseId = await desk.RegisterAsync();
        var home = await AddressGeocodingTests.AddAsync(desk, caseId, "Victim", "Calle Mercaderes 120, Cercado, Arequipa");
        var path = $"api/cases/{caseId}/addresses/{home}/geocode";
        using var police = await server.ClientAsync(await TestUsers.CreateAsync(server, "policia-" + Guid.NewGuid().ToString("N")[..8], AmparoRoles.Policia, desk.JurisdictionId));

        using (var off = await desk.Cem.PostAsync(path, null))
        {
            await AddressGeocodingTests.AssertProblemAsync(off, HttpStatusCode.ServiceUnavailable, "ubique la dirección en el mapa");
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await police.PostAsync(path, null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.Cem.PostAsync(path, null)).StatusCode);
        await using var db = server.Db();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.CaseId == caseId && e.Details!.EndsWith("geocode")));
    }
}
