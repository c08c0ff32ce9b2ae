namespace Amparo.Data.App;

/// <summary>
/// One refresh token of an installation, by its hash. Each is used once: using it issues the next and marks it
/// replaced, so a replaced token that comes back is a stolen copy and the installation is revoked.
/// </summary>
public sealed class AppRefreshToken
{
    public Guid Id { get; set; }

    public Guid InstallationId { get; set; }

    /// <summary>SHA-256 of the token, hex.</summary>
    public required string TokenHash { get; set; }

    public DateTime IssuedAt { get; set; }

    public DateTime? ReplacedAt { get; set; }

    /// <summary>The refresh token issued when this one was used.</summary>
    public Guid? ReplacedById { get; set; }

    /// <summary>
    /// When an access token issued with this refresh token was first used: proof that its answer reached the phone, so
    /// the refresh token it replaced can no longer come back as a lost answer's retry.
    /// </summary>
    public DateTime? FirstUsedAt { get; set; }
}
