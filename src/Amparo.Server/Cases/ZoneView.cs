namespace Amparo.Server.Cases;

/// <summary>A zone as the map draws it: a circle, a polygon ([[lat, lon], ...]) or the victim's moving radius.</summary>
public sealed record ZoneView(
    Guid Id,
    string Name,
    string Kind,
    double? CentreLatitude,
    double? CentreLongitude,
    double RadiusMetres,
    double PreAlertBandMetres,
    IReadOnlyList<double[]>? Polygon);
