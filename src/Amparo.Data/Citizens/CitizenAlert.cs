using Amparo.Domain.Citizens;

namespace Amparo.Data.Citizens;

/// <summary>
/// A gender or citizen alert pressed in the app, with where the phone is (its latest position; the trail from the
/// press on is in <see cref="CitizenAlertPosition"/>), and how the centre attended it.
/// </summary>
public sealed class CitizenAlert
{
    public Guid Id { get; set; }

    public Guid CitizenId { get; set; }

    public Guid JurisdictionId { get; set; }

    public CitizenAlertKind Kind { get; set; }

    /// <summary>The app's key for this press: a retry from its offline queue finds the same alert.</summary>
    public required string IdempotencyKey { get; set; }

    public DateTime RaisedAt { get; set; }

    /// <summary>When the server stored it.</summary>
    public DateTime ReceivedAt { get; set; }

    /// <summary>Her latest known position: where she pressed, then each newer one her app sent while the alert was open.</summary>
    public double Latitude { get; set; }

    public double Longitude { get; set; }

    /// <summary>When her phone took the position in <see cref="Latitude"/>/<see cref="Longitude"/>.</summary>
    public DateTime PositionAt { get; set; }

    public CitizenAlertStatus Status { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedAt { get; set; }

    public string? ResolvedBy { get; set; }

    public DateTime? ResolvedAt { get; set; }

    public string? Outcome { get; set; }
}
