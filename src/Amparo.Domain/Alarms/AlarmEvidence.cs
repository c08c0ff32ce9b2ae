using Amparo.Domain.People;

namespace Amparo.Domain.Alarms;

/// <summary>
/// Why an alarm was raised: the rule and its radius, both parties' positions and the distance between the
/// aggressor and what is protected (the zone's centre or edge, or the victim). An alarm the device itself raised
/// (SOS, strap cut) names it and keeps the raw frame it came in, so the evidence can be checked against the device;
/// when the device sent it without a usable fix, the party's last known fix stands in and <see cref="FixIsLastKnown"/> says so.
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
    bool FixIsLastKnown = false);
