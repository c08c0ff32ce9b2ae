using System.Net;
using Amparo.Data.Database;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.App;

/// <summary>Her app's tokens: refresh tokens used once, a stolen copy revokes, and the centre revokes at once.</summary>
[Collection(ServerCollection.Name)]
public class AppSessionTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_refresh_token_is_rotated_and_a_used_one_coming_back_revokes_the_installation(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        using var phone = await AppPhone.EnrolAsync(server, test.Id);
        var first = phone.RefreshToken;

        phone.Use(await ApiJson.ReadAsync(await phone.RefreshAsync(first)));

        Assert.NotEqual(first, phone.RefreshToken);
        (await phone.Client.GetAsync("app/api/profile")).EnsureSuccessStatusCode();
        var second = phone.RefreshToken;
        using var stolen = await phone.RefreshAsync(first);
        Assert.Equal(HttpStatusCode.Unauthorized, stolen.StatusCode);
        await AppJson.ProblemAsync(stolen);
        // The theft revoked the installation: neither its current refresh token nor its access token work now.
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.RefreshAsync(second)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.Client.GetAsync("app/api/profile")).StatusCode);
        await using var db = server.Db();
        var installation = await db.AppInstallations.SingleAsync(i => i.Id == phone.InstallationId);
        Assert.NotNull(installation.RevokedAt);
        Assert.Contains("robo", installation.RevokeReason, StringComparison.Ordinal);
        Assert.False(await db.DeviceAssignments.AnyAsync(a => a.DeviceId == installation.DeviceId && a.RemovedAt == null));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_refresh_whose_answer_was_lost_may_be_asked_again_but_not_once_its_tokens_were_used(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        using var phone = await AppPhone.EnrolAsync(server, test.Id);
        var first = phone.RefreshToken;

        // The answer to this refresh never reaches her phone (a bad network): it asks again with the same token.
        using (var lost = await phone.RefreshAsync(first))
        {
            Assert.Equal(HttpStatusCode.OK, lost.StatusCode);
        }

        phone.Use(await ApiJson.ReadAsync(await phone.RefreshAsync(first)));
        Assert.NotEqual(first, phone.RefreshToken);
        (await phone.Client.GetAsync("app/api/profile")).EnsureSuccessStatusCode();

        // Her app sent the same refresh twice at once (two tabs, a retry racing its original): neither unlinks her.
        var current = phone.RefreshToken;
        var twice = await Task.WhenAll(phone.RefreshAsync(current), phone.RefreshAsync(current));
        Assert.All(twice, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        phone.Use(await ApiJson.ReadAsync(twice[1]));
        (await phone.Client.GetAsync("app/api/profile")).EnsureSuccessStatusCode();

        // Her new tokens are in use: the old refresh token coming back now is a theft.
        using var stolen = await phone.RefreshAsync(first);
        Assert.Equal(HttpStatusCode.Unauthorized, stolen.StatusCode);
        await using var db = server.Db();
        Assert.NotNull((await db.AppInstallations.SingleAsync(i => i.Id == phone.InstallationId)).RevokedAt);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Staff_revoke_an_installation_and_its_still_valid_tokens_stop_at_the_next_request(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var test = await TestCase.CreateAsync(server);
        using var phone = await AppPhone.EnrolAsync(server, test.Id);
        using var other = await AppPhone.EnrolAsync(server, test.Id, "Tablet");
        (await phone.Client.GetAsync("app/api/profile")).EnsureSuccessStatusCode();
        using var operador = await server.ClientAsync("operador");

        using var revoked = await operador.DeleteAsync($"api/app-installations/{phone.InstallationId}");

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        using var profile = await phone.Client.GetAsync("app/api/profile");
        Assert.Equal(HttpStatusCode.Unauthorized, profile.StatusCode);
        Assert.Contains("dada de baja", (await AppJson.ProblemAsync(profile)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.RefreshAsync(phone.RefreshToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.AlertAsync(Guid.NewGuid(), test.Home.Latitude, test.Home.Longitude, DateTime.UtcNow)).StatusCode);
        // Her other phone goes on.
        (await other.Client.GetAsync("app/api/profile")).EnsureSuccessStatusCode();
        var listed = (await ApiJson.ReadAsync(await operador.GetAsync($"api/cases/{test.Id}/app-installations"))).EnumerateArray().ToList();
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, listed.Single(i => i.GetProperty("id").GetGuid() == phone.InstallationId).GetProperty("revokedAt").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, listed.Single(i => i.GetProperty("id").GetGuid() == other.InstallationId).GetProperty("revokedAt").ValueKind);
    }
}
