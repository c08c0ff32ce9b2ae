using Amparo.Data.Identity;
using Amparo.Server.Auth;
using Microsoft.AspNetCore.Identity;

namespace Amparo.Server.Setup;

/// <summary>Creates a user with a role, or resets an existing one's password and role.</summary>
public sealed class UserProvisioner(UserManager<AmparoUser> users)
{
    public async Task<IdentityResult> EnsureAsync(string userName, string fullName, string role, Guid? jurisdictionId, Guid? institutionId, string password)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            user = new AmparoUser { UserName = userName, FullName = fullName, JurisdictionId = jurisdictionId, InstitutionId = institutionId };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return created;
            }
        }
        else
        {
            var set = await StaffPasswords.SetAsync(users, user, password);
            if (!set.Succeeded)
            {
                return set;
            }
        }

        return await users.IsInRoleAsync(user, role) ? IdentityResult.Success : await users.AddToRoleAsync(user, role);
    }
}
