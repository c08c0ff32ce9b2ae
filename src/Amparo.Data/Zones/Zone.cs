namespace Amparo.Data.Zones;

/// <summary>
/// An exclusion zone of a case. A fixed zone is a circle (centre and radius) or a polygon (vertices as
/// [[lat, lon], ...] JSON); a dynamic zone has only a radius, around the victim's live position.
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
}
