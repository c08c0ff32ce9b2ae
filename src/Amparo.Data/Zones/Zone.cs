namespace Amparo.Data.Zones;

/// <summary>
/// A zone of a case. A fixed (exclusion) or inclusion zone is a circle (centre and radius) or a polygon (vertices
/// as [[lat, lon], ...] JSON); a dynamic zone has only a radius, around the victim's live position; a route is a
/// path ([[lat, lon], ...]) with a corridor. Inclusion zones and routes apply during their schedule.
/// </summary>
public sealed class Zone
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public required string Name { get; set; }

    public ZoneKind Kind { get; set; }

    public double? CentreLatitude { get; set; }

    public double? CentreLongitude { get; set; }

    public double RadiusMetres { get; set; }

    public string? PolygonJson { get; set; }

    public double PreAlertBandMetres { get; set; }

    /// <summary>A route's path as [[lat, lon], ...].</summary>
    public string? PathJson { get; set; }

    /// <summary>When an inclusion zone or a route applies: [{"days":"Mon-Fri","from":"22:00","to":"06:00"}, ...] in the case's time zone.</summary>
    public string? ScheduleJson { get; set; }
}
