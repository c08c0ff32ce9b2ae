using System.Net;
using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Data.Police;
using Amparo.Domain.Citizens;
using Amparo.Server.Citizens;
using Amparo.Server.Commands;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Citizens;

[Collection(ServerCollection.Name)]
public class CitizenAlertTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_retried_alert_is_the_same_alert_and_reaches_the_operators_live_once(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var citizen = await CitizenWorld.RegisterAsync(server, "Carmen Apaza");
        var alerts = server.App.Services.GetRequiredService<CitizenAlerts>();
        var (latitude, longitude) = CitizenWorld.Somewhere();
        var seen = new HubMessages();
        await using var hub = await server.HubAsync("operador");
        hub.On<JsonElement>("citizenAlert", seen.Add);
        await hub.StartSubscribedAsync();

        var first = await alerts.RaiseAsync(citizen.Id, CitizenAlertKind.Gender, "press-1", DateTime.UtcNow, latitude, longitude, default);
        var retry = await alerts.RaiseAsync(citizen.Id, CitizenAlertKind.Gender, "press-1", DateTime.UtcNow, latitude, longitude, default);
        var pushed = await seen.NextAsync(m => m.GetProperty("id").GetGuid() == first.Value!.Id);

        Assert.Equal(CommandOutcome.Created, first.Outcome);
        Assert.Equal(CommandOutcome.Done, retry.Outcome);
        Assert.Equal(first.Value!.Id, retry.Value!.Id);
        Assert.Equal("Gender", pushed.GetProperty("kind").GetString());
        Assert.Equal("Carmen Apaza", pushed.GetProperty("citizenName").GetString());
        Assert.Equal(latitude, pushed.GetProperty("latitude").GetDouble(), 6);
        await using var db = server.Db();
        Assert.Equal(1, await db.CitizenAlerts.CountAsync(a => a.CitizenId == citizen.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_court_of_the_same_jurisdiction_is_not_pushed_a_citizens_alert(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var citizen = await CitizenWorld.RegisterAsync(server);
        var (latitude, longitude) = CitizenWorld.Somewhere();
        var received = new HubMessages();
        await using var court = await server.HubAsync("juzgado");
        court.On<JsonElement>("citizenAlert", m => received.Add(JsonSerializer.SerializeToElement(new { kind = "citizenAlert", id = m.GetProperty("id").GetGuid() })));
        court.On<JsonElement>("policeUnit", m => received.Add(JsonSerializer.SerializeToElement(new { kind = "policeUnit", callSign = m.GetProperty("callSign").GetString() })));
        await court.StartSubscribedAsync();
        var marker = "M" + Guid.NewGuid().ToString("N")[..6];

        var raised = (await server.App.Services.GetRequiredService<CitizenAlerts>()
            .RaiseAsync(citizen.Id, CitizenAlertKind.Gender, "k-1", DateTime.UtcNow, latitude, longitude, default)).Value!;
        // Then something the court does get, on the same connection: messages arrive in order, so the alert would have come first.
        await server.App.Services.GetRequiredService<Live.LiveFeed>()
            .PoliceUnitAsync(new Live.PoliceUnitNotice(marker, citizen.JurisdictionId, latitude, longitude, true, DateTime.UtcNow), default);
        var seen = new List<JsonElement>();
        seen.Add(await received.NextAsync(m => { seen.Add(m); return m.TryGetProperty("callSign", out var c) && c.GetString() == marker; }));

        Assert.DoesNotContain(seen, m => m.TryGetProperty("id", out var id) && id.GetGuid() == raised.Id);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_same_press_arriving_many_times_at_once_is_stored_once(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var citizen = await CitizenWorld.RegisterAsync(server);
        var alerts = server.App.Services.GetRequiredService<CitizenAlerts>();
        var (latitude, longitude) = CitizenWorld.Somewhere();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            Task.Run(() => alerts.RaiseAsync(citizen.Id, CitizenAlertKind.Citizen, "offline-queue-7", DateTime.UtcNow, latitude, longitude, default))));

        Assert.Single(results.Select(r => r.Value!.Id).Distinct());
        Assert.Single(results, r => r.Outcome == CommandOutcome.Created);
        await using var db = server.Db();
        Assert.Equal(1, await db.CitizenAlerts.CountAsync(a => a.CitizenId == citizen.Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_citizen_alert_lists_the_nearest_available_units_and_the_citizen_sees_it_claimed_and_resolved(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var citizen = await CitizenWorld.RegisterAsync(server);
        var (latitude, longitude) = CitizenWorld.Somewhere();
        var units = server.App.Services.GetRequiredService<PoliceUnitStore>();
        var prefix = "C" + Guid.NewGuid().ToString("N")[..6];
        await units.ReportAsync($"{prefix}-far", citizen.JurisdictionId, latitude + 900 / 110_662.86, longitude, true, default);
        await units.ReportAsync($"{prefix}-near", citizen.JurisdictionId, latitude + 200 / 110_662.86, longitude, true, default);
        await units.ReportAsync($"{prefix}-busy", citizen.JurisdictionId, latitude + 50 / 110_662.86, longitude, false, default);
        var alerts = server.App.Services.GetRequiredService<CitizenAlerts>();
        var raised = (await alerts.RaiseAsync(citizen.Id, CitizenAlertKind.Citizen, "k-1", DateTime.UtcNow, latitude, longitude, default)).Value!;
        using var operador = await server.ClientAsync("operador");

        var open = (await ApiJson.ReadAsync(await operador.GetAsync("api/citizen-alerts?open=true"))).EnumerateArray()
            .Single(a => a.GetProperty("id").GetGuid() == raised.Id);
        using var claim = await operador.PostAsync($"api/citizen-alerts/{raised.Id}/claim", null);
        var claimedStatus = await alerts.StatusAsync(citizen.Id, raised.Id, default);
        using var operador2 = await server.ClientAsync("operador2");
        using var stolen = await operador2.PostAsync($"api/citizen-alerts/{raised.Id}/claim", null);
        using var resolve = await operador.PostAsJsonAsync($"api/citizen-alerts/{raised.Id}/resolve", new { outcome = "Unidad en el lugar, sin novedad." });
        var finalStatus = await alerts.StatusAsync(citizen.Id, raised.Id, default);

        var nearest = open.GetProperty("nearestUnits").EnumerateArray().Select(u => u.GetProperty("callSign").GetString()).ToList();
        Assert.Equal([$"{prefix}-near", $"{prefix}-far"], nearest.Where(c => c!.StartsWith(prefix, StringComparison.Ordinal)));
        Assert.Equal($"{prefix}-near", nearest[0]);
        Assert.Equal(200, open.GetProperty("nearestUnits")[0].GetProperty("distanceMetres").GetDouble(), 5.0);
        Assert.Equal("operador", (await ApiJson.ReadAsync(claim)).GetProperty("claimedBy").GetString());
        Assert.Equal(CitizenAlertStatus.Claimed, claimedStatus!.Status);
        // She is told help is near and how far, never where the patrols are.
        Assert.InRange(claimedStatus.NearbyUnits, 2, CitizenAlertReader.UnitCount);
        Assert.Equal(200, claimedStatus.NearestUnitMetres!.Value, 10.0);
        Assert.DoesNotContain("callSign", System.Text.Json.JsonSerializer.Serialize(claimedStatus), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Conflict, stolen.StatusCode);
        Assert.Equal("Resolved", (await ApiJson.ReadAsync(resolve)).GetProperty("status").GetString());
        Assert.Equal(CitizenAlertStatus.Resolved, finalStatus!.Status);
        Assert.Equal(0, finalStatus.NearbyUnits);
        Assert.Null(await alerts.StatusAsync(Guid.NewGuid(), raised.Id, default));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Staff_of_another_jurisdiction_neither_see_nor_claim_the_alert(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var citizen = await CitizenWorld.RegisterAsync(server);
        var (latitude, longitude) = CitizenWorld.Somewhere();
        var raised = (await server.App.Services.GetRequiredService<CitizenAlerts>()
            .RaiseAsync(citizen.Id, CitizenAlertKind.Gender, "k-1", DateTime.UtcNow, latitude, longitude, default)).Value!;
        var elsewhere = await TestUsers.JurisdictionAsync(server, "Otra jurisdicción " + Guid.NewGuid().ToString("N")[..6]);
        using var outsider = await server.ClientAsync(await TestUsers.CreateAsync(server, "operador.otro." + Guid.NewGuid().ToString("N")[..6], AmparoRoles.Operador, elsewhere));
        using var juzgado = await server.ClientAsync("juzgado");

        using var get = await outsider.GetAsync($"api/citizen-alerts/{raised.Id}");
        using var claim = await outsider.PostAsync($"api/citizen-alerts/{raised.Id}/claim", null);
        var list = await ApiJson.ReadAsync(await outsider.GetAsync("api/citizen-alerts?open=true"));
        using var court = await juzgado.GetAsync("api/citizen-alerts?open=true");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, claim.StatusCode);
        Assert.DoesNotContain(list.EnumerateArray(), a => a.GetProperty("id").GetGuid() == raised.Id);
        Assert.Equal(HttpStatusCode.Forbidden, court.StatusCode);
    }
}
