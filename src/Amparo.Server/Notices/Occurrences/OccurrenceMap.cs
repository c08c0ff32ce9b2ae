using Amparo.Data.Alarms;
using Amparo.Data.Zones;
using Amparo.Domain.Geo;
using Amparo.Server.Pdf;
using NetTopologySuite.Geometries;
using PdfSharp.Drawing;

namespace Amparo.Server.Notices.Occurrences;

/// <summary>
/// Turns one alarm's track into a map: the aggressor's fixes joined in order, where he was when it was raised, where
/// the window starts and ends, and the case's zones within <see cref="NearMetres"/> of him (the alarm's own always)
/// with their pre-alert bands. The victim's positions are never drawn.
/// </summary>
internal static class OccurrenceMap
{
    public const double NearMetres = 3_000;

    public static readonly XColor Track = XColor.FromArgb(33, 47, 122);
    public static readonly XColor Raised = XColor.FromArgb(200, 30, 30);
    private static readonly XColor Ends = XColor.FromArgb(110, 110, 110);
    private static readonly XColor Exclusion = XColor.FromArgb(192, 57, 43);
    private static readonly XColor Inclusion = XColor.FromArgb(39, 140, 80);
    private static readonly XColor Route = XColor.FromArgb(41, 110, 185);

    public static (PdfMap Map, IReadOnlyList<Zone> Zones)? Of(OccurrenceTrack track, Func<DateTime, string> time)
    {
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(time);
        var evidence = AlarmEvidenceJson.Deserialize(track.Alarm.FirstEvidence);
        if (track.Aggressor.Count == 0 && evidence?.Aggressor is null)
        {
            return null;
        }

        var origin = track.Aggressor.Count > 0
            ? GeoPoint.Create(track.Aggressor[0].Latitude, track.Aggressor[0].Longitude)
            : GeoPoint.Create(evidence!.Aggressor!.Latitude, evidence.Aggressor.Longitude);
        var projection = new LocalProjection(origin);
        (double, double) Metres(double latitude, double longitude)
        {
            var c = projection.ToMetres(GeoPoint.Create(latitude, longitude));
            return (c.X, c.Y);
        }

        var line = track.Aggressor.Select(p => Metres(p.Latitude, p.Longitude)).ToList();
        var marks = new List<PdfMapMark>();
        if (track.Aggressor.Count > 0)
        {
            var (first, last) = (line[0], line[^1]);
            marks.Add(new PdfMapMark(first.Item1, first.Item2, time(track.Aggressor[0].FixTime), Ends));
            marks.Add(new PdfMapMark(last.Item1, last.Item2, time(track.Aggressor[^1].FixTime), Ends));
        }

        if (evidence?.Aggressor is { } fix)
        {
            var (east, north) = Metres(fix.Latitude, fix.Longitude);
            marks.Add(new PdfMapMark(east, north, "Alarma " + time(fix.FixTime), Raised));
        }

        var near = projection.Geometry.CreateMultiPointFromCoords(
            line.Concat(marks.Select(m => (m.East, m.North))).Select(p => new Coordinate(p.Item1, p.Item2)).ToArray());
        var drawn = track.Zones
            .Select(z => (Zone: z, Shape: Shape(z, projection)))
            .Where(z => z.Shape is not null && (z.Zone.Id == evidence?.ZoneId || z.Shape.Distance(near) <= NearMetres))
            .ToList();
        return (new PdfMap([.. drawn.SelectMany(z => Areas(z.Zone, z.Shape!))], [new PdfMapLine(line, Track)], marks), [.. drawn.Select(z => z.Zone)]);
    }

    private static Geometry? Shape(Zone zone, LocalProjection projection)
    {
        Coordinate At(GeoPoint p) => projection.ToMetres(p);
        switch (zone.Kind)
        {
            case ZoneKind.Route when zone.PathJson is { } path:
                var vertices = ZoneGeometry.ParsePolygon(path).Select(At).ToArray();
                return vertices.Length < 2 ? null : projection.Geometry.CreateLineString(vertices).Buffer(zone.RadiusMetres);
            case ZoneKind.Fixed or ZoneKind.Inclusion when zone.PolygonJson is { } polygon:
                var ring = ZoneGeometry.ParsePolygon(polygon).Select(At).ToList();
                return ring.Count < 3 ? null : projection.Geometry.CreatePolygon([.. ring, ring[0]]);
            case ZoneKind.Fixed or ZoneKind.Inclusion when zone.CentreLatitude is { } lat && zone.CentreLongitude is { } lon:
                return projection.Geometry.CreatePoint(At(GeoPoint.Create(lat, lon))).Buffer(zone.RadiusMetres, 24);
            default:
                return null;
        }
    }

    private static IEnumerable<PdfMapArea> Areas(Zone zone, Geometry shape)
    {
        var colour = zone.Kind switch { ZoneKind.Inclusion => Inclusion, ZoneKind.Route => Route, _ => Exclusion };
        if (zone.Kind == ZoneKind.Fixed && zone.PreAlertBandMetres > 0)
        {
            yield return new PdfMapArea(Ring(shape.Buffer(zone.PreAlertBandMetres, 24)), colour, Dashed: true);
        }

        yield return new PdfMapArea(Ring(shape), colour);
    }

    private static List<(double East, double North)> Ring(Geometry geometry) =>
        (geometry is Polygon polygon ? polygon.ExteriorRing.Coordinates : geometry.Envelope.Coordinates).Select(c => (c.X, c.Y)).ToList();
}
