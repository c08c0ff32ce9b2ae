using System.ComponentModel.DataAnnotations;

namespace Amparo.Server.Auth;

/// <summary><c>Amparo:Security</c>: staff sign-in, sessions and second factor.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Amparo:Security";

    /// <summary>Whether the roles in <see cref="Amparo.Data.Identity.AmparoRoles.TwoFactorRequired"/> must sign in with an authenticator code.</summary>
    public bool RequireTwoFactor { get; set; } = true;

    /// <summary>How long an API access token lives; it is renewed with its refresh token.</summary>
    [Range(1, 240)]
    public int AccessTokenMinutes { get; set; } = 30;

    /// <summary>How long one sign-in lasts, at most, through the console or by renewing API tokens: one shift.</summary>
    [Range(1, 24)]
    public int SessionHours { get; set; } = 12;

    /// <summary>How often a session is checked against the account (a lock, new roles, a sign-out everywhere end it).</summary>
    [Range(5, 600)]
    public int RevalidateSeconds { get; set; } = 30;

    /// <summary>Sign-in attempts (password, code, set-up, renewal) one address may make a minute.</summary>
    [Range(1, 10_000)]
    public int SignInAttemptsPerMinute { get; set; } = 30;

    /// <summary>The name authenticator apps show for Amparo's codes.</summary>
    [Required]
    public string Issuer { get; set; } = "Amparo";
}
