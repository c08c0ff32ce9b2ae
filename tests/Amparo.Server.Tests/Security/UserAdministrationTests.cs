using System.Net;
using System.Text.Json;
using Amparo.Data.Audit;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Server.Tests.Support;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Security;

[Collection(ServerCollection.Name)]
public class UserAdministrationTests(ServerPool servers)
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_administrator_manages_the_staff_of_her_jurisdiction_and_every_change_ends_their_sessions_and_is_audited(DatabaseProvider provider)
    {
        var server = await servers.GetAsync(provider);
        var arequipa = await TestUsers.JurisdictionAsync(server, "Arequipa");
        var cusco = await TestUsers.JurisdictionAsync(server, "Cusco");
        var suffix = provider.ToString().ToLowerInvariant();
        using var admin = await server.ClientAsync(await TestUsers.CreateAsync(server, "admin.arequipa." + suffix, AmparoRoles.Administrador, arequipa));
        using var otherAdmin = await server.ClientAsync(await TestUsers.CreateAsync(server, "admin.cusco." + suffix, AmparoRoles.Administrador, cusco));
        var name = $"fiscal.nueva.{suffix}.{Guid.NewGuid():N}"[..40];

        using var weak = await admin.PostAsJsonAsync("api/users", new { userName = name, fullName = "Fiscal Nueva", role = AmparoRoles.Fiscalia, jurisdictionId = arequipa, password = "corta" });
        using var elsewhere = await admin.PostAsJsonAsync("api/users", new { userName = name, fullName = "Fiscal Nueva", role = AmparoRoles.Fiscalia, jurisdictionId = cusco, password = TestServer.Password });
        using var created = await admin.PostAsJsonAsync("api/users", new { userName = name, fullName = "Fiscal Nueva", role = AmparoRoles.Fiscalia, jurisdictionId = arequipa, password = TestServer.Password });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("al menos 12 caracteres", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var her = await server.ClientAsync(name);
        Assert.Equal(HttpStatusCode.OK, (await her.GetAsync("api/cases")).StatusCode);
        using var changed = await admin.PutAsJsonAsync($"api/users/{name}", new { role = AmparoRoles.Juzgado });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal([AmparoRoles.Juzgado], (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await her.GetAsync("api/cases")).StatusCode);

        using var hidden = await otherAdmin.PostAsync($"api/users/{name}/lock", null);
        var othersList = await otherAdmin.GetFromJsonAsync<JsonElement>("api/users");
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.DoesNotContain(othersList.EnumerateArray(), u => u.GetProperty("userName").GetString() == name);

        using var locked = await admin.PostAsync($"api/users/{name}/lock", null);
        using var refused = await server.Api.PostAsJsonAsync("api/auth/login", new { userName = name, password = TestServer.Password });
        using var unlocked = await admin.PostAsync($"api/users/{name}/unlock", null);
        using var again = await server.Api.PostAsJsonAsync("api/auth/login", new { userName = name, password = TestServer.Password });
        using var selfLock = await admin.PostAsync($"api/users/admin.arequipa.{suffix}/lock", null);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, selfLock.StatusCode);

        await using var db = server.Db();
        var trail = await db.AuditEvents.Where(e => e.SubjectId == name && e.UserName == "admin.arequipa." + suffix).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal([AuditActions.UserCreated, AuditActions.UserChanged, AuditActions.UserLocked, AuditActions.UserUnlocked], trail);
        Assert.Contains(await db.AuditEvents.Where(e => e.Action == AuditActions.UserChanged && e.SubjectId == name).Select(e => e.Details).ToListAsync(),
            d => d!.Contains(AmparoRoles.Fiscalia, StringComparison.Ordinal) && d.Contains(AmparoRoles.Juzgado, StringComparison.Ordinal));
    }
}
