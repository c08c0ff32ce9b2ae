using Amparo.Domain.People;

namespace Amparo.Domain.Alarms;

/// <summary>
/// Why an alarm was raised: the rule and its thresholds, both parties' positions and the distance between the
/// aggressor and what is protected (the zone's centre or edge, or the victim). An alarm the device itself raised
/// (SOS, strap cut) names it and keeps the raw frame it came in, so the evidence can be checked against the device;
/// when the device sent it without a usable fix, the party's last known fix stands in and <see cref="FixIsLastKnown"/> says so.
/// Time-based alarms say since when (<see cref="Since"/>); an approach says how fast and how soon; a battery alarm how
/// much is left.
/// </summary>
public sealed record AlarmEvidence(
    string Rule,
    double RadiusMetres,
    double PreAlertBandMetres,
    double DistanceMetres,
    FixEvidence? Aggressor,
    FixEvidence? Victim,
    Guid? ZoneId,
    string? ZoneName,
    string? DeviceAlarm = null,
    string? RawFrame = null,
    PartyRole? RaisedBy = null,
    bool FixIsLastKnown = false)
{
    public Guid? DeviceId { get; init; }

    public string? DeviceLabel { get; init; }

    public DateTime? Since { get; init; }

    public double? ClosingSpeedMps { get; init; }

    public double? SecondsToReach { get; init; }

    public int? BatteryPercent { get; init; }

    public double? HoursLeft { get; init; }

    /// <summary>The accuracy test the fix passed: "certain" (inside by more than its accuracy), "confirmed" (a second fix), "after_gap".</summary>
    public string? Proof { get; init; }
}
