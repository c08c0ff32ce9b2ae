using System.Globalization;
using Amparo.Data.Audit;
using Amparo.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Auth;

/// <summary>
/// Staff sign-in for the console and the API alike: the password (each failure counts towards the lockout), then the
/// authenticator's code where the user has one, or where her role requires one and she must set it up first. Every
/// attempt is audited with where it came from.
/// </summary>
public sealed class StaffSignIn(UserManager<AmparoUser> users, IOptions<SecurityOptions> options, AuditLog audit, IMemoryCache usedCodes)
{
    public async Task<StaffSignInResult> CheckAsync(string userName, string password, string? code, string channel, string? remoteAddress, CancellationToken cancellationToken)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            await RecordAsync(userName, AuditActions.LoginFailed, channel, remoteAddress, cancellationToken);
            return new StaffSignInResult(StaffSignInOutcome.Failed);
        }

        if (await users.IsLockedOutAsync(user))
        {
            await RecordAsync(userName, AuditActions.LoginFailed, $"{channel}: bloqueada", remoteAddress, cancellationToken);
            return new StaffSignInResult(StaffSignInOutcome.LockedOut);
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            return await FailAsync(user, StaffSignInOutcome.Failed, channel, remoteAddress, cancellationToken);
        }

        if (!user.TwoFactorEnabled)
        {
            if (await RequiresSecondFactorAsync(user))
            {
                return new StaffSignInResult(StaffSignInOutcome.SetupRequired, user);
            }

            return await SucceedAsync(user, channel, remoteAddress, cancellationToken);
        }

        return string.IsNullOrWhiteSpace(code)
            ? new StaffSignInResult(StaffSignInOutcome.CodeRequired, user)
            : await CheckCodeAsync(user, code, channel, remoteAddress, cancellationToken);
    }

    /// <summary>The second step of a sign-in whose password was right: her code, once per time window.</summary>
    public async Task<StaffSignInResult> CheckCodeAsync(AmparoUser user, string code, string channel, string? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await users.IsLockedOutAsync(user))
        {
            return new StaffSignInResult(StaffSignInOutcome.LockedOut);
        }

        return await VerifyOnceAsync(user, code)
            ? await SucceedAsync(user, channel, remoteAddress, cancellationToken)
            : await FailAsync(user, StaffSignInOutcome.CodeWrong, channel + ": código", remoteAddress, cancellationToken);
    }

    /// <summary>The authenticator key of a user who has none enabled: a new one, or the one being set up (after a wrong code).</summary>
    public async Task<AuthenticatorSetup> SetupAsync(AmparoUser user, bool renewKey)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (renewKey || await users.GetAuthenticatorKeyAsync(user) is null)
        {
            await users.ResetAuthenticatorKeyAsync(user);
        }

        var key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key was stored.");
        var issuer = Uri.EscapeDataString(options.Value.Issuer);
        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.UserName ?? user.Id)}?secret={key}&issuer={issuer}&digits=6");
        return new AuthenticatorSetup(key, uri);
    }

    /// <summary>Turns the second factor on once her app shows the right code for the key just set up, and signs her in.</summary>
    public async Task<StaffSignInResult> EnableAsync(AmparoUser user, string code, string channel, string? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await VerifyOnceAsync(user, code))
        {
            return await FailAsync(user, StaffSignInOutcome.CodeWrong, channel + ": alta del código", remoteAddress, cancellationToken);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        await RecordAsync(user.UserName!, AuditActions.TwoFactorEnabled, channel, remoteAddress, cancellationToken);
        return await SucceedAsync(user, channel, remoteAddress, cancellationToken);
    }

    public async Task<bool> RequiresSecondFactorAsync(AmparoUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!options.Value.RequireTwoFactor)
        {
            return false;
        }

        var roles = await users.GetRolesAsync(user);
        return roles.Any(AmparoRoles.TwoFactorRequired.Contains);
    }

    /// <summary>A code is good for its window (and the next, for clock drift), but only once: a code seen over a shoulder or on the wire is spent.</summary>
    private async Task<bool> VerifyOnceAsync(AmparoUser user, string code)
    {
        var normalised = new string(code.Where(char.IsDigit).ToArray());
        if (normalised.Length != 6 || usedCodes.TryGetValue(("totp", user.Id, normalised), out _))
        {
            return false;
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, normalised))
        {
            return false;
        }

        usedCodes.Set(("totp", user.Id, normalised), true, TimeSpan.FromMinutes(3));
        return true;
    }

    private async Task<StaffSignInResult> SucceedAsync(AmparoUser user, string channel, string? remoteAddress, CancellationToken cancellationToken)
    {
        await users.ResetAccessFailedCountAsync(user);
        await RecordAsync(user.UserName!, AuditActions.Login, channel, remoteAddress, cancellationToken);
        return new StaffSignInResult(StaffSignInOutcome.Succeeded, user);
    }

    private async Task<StaffSignInResult> FailAsync(AmparoUser user, StaffSignInOutcome outcome, string channel, string? remoteAddress, CancellationToken cancellationToken)
    {
        await users.AccessFailedAsync(user);
        var locked = await users.IsLockedOutAsync(user);
        await RecordAsync(user.UserName!, AuditActions.LoginFailed, locked ? channel + ": bloqueada" : channel, remoteAddress, cancellationToken);
        return new StaffSignInResult(locked ? StaffSignInOutcome.LockedOut : outcome, locked ? null : user);
    }

    /// <summary>A name typed at the sign-in is whatever someone typed: the audit keeps at most 256 characters of it.</summary>
    private Task RecordAsync(string userName, string action, string channel, string? remoteAddress, CancellationToken cancellationToken)
    {
        var name = userName.Length > 256 ? userName[..256] : userName;
        return audit.RecordAsync(new AuditEntry(name, action, "user", name, RemoteAddress: remoteAddress, Details: channel), cancellationToken);
    }
}
