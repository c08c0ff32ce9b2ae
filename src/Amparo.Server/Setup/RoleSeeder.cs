using Amparo.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace Amparo.Server.Setup;

/// <summary>Makes sure every institutional role exists.</summary>
public sealed class RoleSeeder(RoleManager<IdentityRole> roles)
{
    public async Task SeedAsync()
    {
        foreach (var role in AmparoRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
