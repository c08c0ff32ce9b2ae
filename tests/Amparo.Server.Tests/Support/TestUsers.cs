using Amparo.Server.Setup;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Support;

public static class TestUsers
{
    /// <summary>Creates (or resets) a user of a role in a jurisdiction, through the same provisioning Amparo uses.</summary>
    public static async Task<string> CreateAsync(TestServer server, string userName, string role, Guid jurisdictionId)
    {
        await using var scope = server.App.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserProvisioner>()
            .EnsureAsync(userName, userName, role, jurisdictionId, null, TestServer.Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return userName;
    }

    public static async Task<Guid> JurisdictionAsync(TestServer server, string name)
    {
        await using var db = server.Db();
        var existing = await db.Jurisdictions.Where(j => j.Name == name).Select(j => j.Id).FirstOrDefaultAsync();
        if (existing != Guid.Empty)
        {
            return existing;
        }

        var id = Guid.CreateVersion7();
        db.Jurisdictions.Add(new Data.Institutions.Jurisdiction { Id = id, Name = name, CountryCode = "PE" });
        await db.SaveChangesAsync();
        return id;
    }
}
