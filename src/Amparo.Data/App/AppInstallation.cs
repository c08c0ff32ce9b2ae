namespace Amparo.Data.App;

/// <summary>
/// The victim's panic-button app on one phone, tied to her case by an enrolment code. Its positions and alerts are
/// those of its own device (<see cref="DeviceId"/>, protocol App) worn by her on the case; revoked, it can do nothing more.
/// </summary>
public sealed class AppInstallation
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    /// <summary>The victim who carries the phone.</summary>
    public Guid PersonId { get; set; }

    public Guid DeviceId { get; set; }

    /// <summary>What the phone calls itself, as the app sent it.</summary>
    public required string DeviceName { get; set; }

    public DateTime EnrolledAt { get; set; }

    public DateTime? LastSeenAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    /// <summary>Who revoked it: a user, or Amparo itself when a used refresh token came back (theft).</summary>
    public string? RevokedBy { get; set; }

    public string? RevokeReason { get; set; }
}
