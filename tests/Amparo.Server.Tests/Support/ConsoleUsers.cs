using System.Security.Claims;
using Amparo.Data.Identity;
using Amparo.Server.Auth;
using Microsoft.AspNetCore.Identity;

namespace Amparo.Server.Tests.Support;

/// <summary>A user as her console circuit knows her: the principal Amparo's sign-in builds, and the scope resolved from it.</summary>
public static class ConsoleUsers
{
    public static async Task<ClaimsPrincipal> PrincipalAsync(IServiceProvider services, string userName)
    {
        var users = services.GetRequiredService<UserManager<AmparoUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user {userName}.");
        return await services.GetRequiredService<IUserClaimsPrincipalFactory<AmparoUser>>().CreateAsync(user);
    }

    public static async Task<UserScope> ScopeAsync(IServiceProvider services, string userName) =>
        await services.GetRequiredService<UserScopeResolver>().ResolveAsync(await PrincipalAsync(services, userName), CancellationToken.None);
}
