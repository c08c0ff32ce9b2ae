namespace Amparo.Data.App;

/// <summary>A single-use code the centre gives the victim to tie her app to her case; only its hash is kept.</summary>
public sealed class AppEnrolment
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>SHA-256 of the normalised code, hex.</summary>
    public required string CodeHash { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? UsedAt { get; set; }

    /// <summary>The installation the code enrolled, once used.</summary>
    public Guid? InstallationId { get; set; }
}
