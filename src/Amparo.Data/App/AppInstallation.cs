namespace Amparo.Data.App;

/// <summary>
/// The panic-button app on one phone. A protected victim's is tied to her case by an enrolment code, and its positions
/// and alerts are those of its own device (<see cref="DeviceId"/>, protocol App) worn by her on the case; a citizen's
/// (municipal mode) is tied to her verified account. Revoked, it can do nothing more.
/// </summary>
public sealed class AppInstallation
{
    public Guid Id { get; set; }

    /// <summary>Her case, for a protected victim's installation; null for a citizen's.</summary>
    public Guid? CaseId { get; set; }

    /// <summary>The victim who carries the phone; null for a citizen's installation.</summary>
    public Guid? PersonId { get; set; }

    /// <summary>Her phone as a device of her case; null for a citizen's installation.</summary>
    public Guid? DeviceId { get; set; }

    /// <summary>The registered citizen, for an installation of the municipal app; null for a victim's.</summary>
    public Guid? CitizenId { get; set; }

    /// <summary>What the phone calls itself, as the app sent it.</summary>
    public required string DeviceName { get; set; }

    public DateTime EnrolledAt { get; set; }

    public DateTime? LastSeenAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    /// <summary>Who revoked it: a user, or Amparo itself when a used refresh token came back (theft).</summary>
    public string? RevokedBy { get; set; }

    public string? RevokeReason { get; set; }
}
