using Amparo.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace Amparo.Server.Auth;

/// <summary>A password set by an administrator or the set-up command: no reset token (that flow is the user's own).</summary>
public static class StaffPasswords
{
    /// <summary>Checks the password against every validator first, so a refused one leaves the old password in place.</summary>
    public static async Task<IdentityResult> SetAsync(UserManager<AmparoUser> users, AmparoUser user, string password)
    {
        ArgumentNullException.ThrowIfNull(users);
        foreach (var validator in users.PasswordValidators)
        {
            if (await validator.ValidateAsync(users, user, password) is { Succeeded: false } invalid)
            {
                return invalid;
            }
        }

        await users.RemovePasswordAsync(user);
        return await users.AddPasswordAsync(user, password);
    }
}
