using Amparo.Data.Alarms;
using Amparo.Data.Zones;
using Amparo.Domain.Integrity;
using Amparo.Server.Cases;

namespace Amparo.Server.Notices.Occurrences;

/// <summary>
/// What one alarm's map is drawn from: the aggressor's fixes in a window around it, the victim's (only to measure
/// the distance between them: her positions are never drawn) and the zones near him.
/// </summary>
internal sealed record OccurrenceTrack(
    Alarm Alarm, DateTime From, DateTime To, IReadOnlyList<TrackPoint> Aggressor, IReadOnlyList<TrackPoint> Victim, IReadOnlyList<Zone> Zones)
{
    public const string EvidenceKind = "track";

    /// <summary>The fixes and zones the map and the distance chart show, so a fix edited or removed since changes the report's records.</summary>
    public string Hash()
    {
        var record = new CanonicalRecord(EvidenceKind).Add("alarm", Alarm.Id).Add("from", From).Add("to", To);
        foreach (var (party, points) in new[] { ("aggressor", Aggressor), ("victim", Victim) })
        {
            foreach (var p in points)
            {
                record.Add(party + ".at", p.FixTime).Add(party + ".lat", p.Latitude).Add(party + ".lon", p.Longitude);
            }
        }

        foreach (var zone in Zones.OrderBy(z => z.Id))
        {
            record.Add("zone.id", zone.Id).Add("zone.kind", zone.Kind.ToString()).Add("zone.lat", zone.CentreLatitude).Add("zone.lon", zone.CentreLongitude)
                .Add("zone.radius", zone.RadiusMetres).Add("zone.band", zone.PreAlertBandMetres).Add("zone.polygon", zone.PolygonJson).Add("zone.path", zone.PathJson);
        }

        return record.Sha256();
    }
}
