using ProjNet.CoordinateSystems;
using ProjNet.CoordinateSystems.Transformations;

namespace Amparo.Domain.Geo;

/// <summary>
/// The transverse Mercator transforms behind <see cref="LocalProjection"/>, one per central meridian a quarter of a
/// degree apart and per thread. A transform is about 2 KB of ProjNet objects: one per case made memory per case
/// grow with the caseload, while the cases of a city all share a meridian. ProjNet does not promise its transforms
/// are safe to call from two threads at once, hence one copy per thread.
/// </summary>
internal static class MeridianPlanes
{
    /// <summary>Degrees between central meridians: no place is more than 14 km of longitude from its plane's meridian.</summary>
    public const double Step = 0.25;

    private static readonly CoordinateSystemFactory Factory = new();
    private static readonly CoordinateTransformationFactory Transformations = new();

    [ThreadStatic]
    private static Dictionary<int, MathTransform>? t_transforms;

    public static int MeridianOf(double longitude) => (int)Math.Round(longitude / Step);

    public static MathTransform For(int meridian)
    {
        var transforms = t_transforms ??= [];
        if (!transforms.TryGetValue(meridian, out var transform))
        {
            transform = Create(meridian * Step);
            transforms.Add(meridian, transform);
        }

        return transform;
    }

    private static MathTransform Create(double centralMeridian)
    {
        var parameters = new List<ProjectionParameter>
        {
            new("latitude_of_origin", 0.0),
            new("central_meridian", centralMeridian),
            new("scale_factor", 1.0),
            new("false_easting", 0.0),
            new("false_northing", 0.0),
        };
        var projection = Factory.CreateProjection("Amparo local", "Transverse_Mercator", parameters);
        var projected = Factory.CreateProjectedCoordinateSystem(
            "Amparo local TM", GeographicCoordinateSystem.WGS84, projection, LinearUnit.Metre,
            new AxisInfo("East", AxisOrientationEnum.East), new AxisInfo("North", AxisOrientationEnum.North));
        return Transformations.CreateFromCoordinateSystems(GeographicCoordinateSystem.WGS84, projected).MathTransform;
    }
}
