using Amparo.Domain.Geo;

namespace Amparo.Domain.Tests.Geo;

public class LocalProjectionTests
{
    [Fact]
    public void Distance_matches_the_WGS84_geodesic_to_a_few_centimetres()
    {
        // Metres per degree on WGS84 at 16.4° S (meridian and parallel series): 110,662.9 north, 106,819.4 east.
        var projection = new LocalProjection(Places.Home);
        var north = new GeoPoint(-16.3989 + 0.009036455, -71.5369);
        var east = new GeoPoint(-16.3989, -71.5369 + 0.009361594);

        Assert.Equal(1000.0, projection.DistanceMetres(Places.Home, north), 0.5);
        Assert.Equal(1000.0, projection.DistanceMetres(Places.Home, east), 0.5);
    }

    [Fact]
    public void Degrees_are_not_metres_east_west_distances_shrink_with_latitude()
    {
        var equator = new LocalProjection(new GeoPoint(0, 0));
        var far = new LocalProjection(new GeoPoint(60, 0));

        var atEquator = equator.DistanceMetres(new GeoPoint(0, 0), new GeoPoint(0, 0.01));
        var at60 = far.DistanceMetres(new GeoPoint(60, 0), new GeoPoint(60, 0.01));

        Assert.InRange(at60 / atEquator, 0.49, 0.51);
    }

    [Fact]
    public void A_kilometre_50_km_from_a_place_between_two_shared_meridians_still_measures_within_ten_centimetres()
    {
        // Lima's longitude lies 0.12° from the nearest shared meridian (77.0° W); 50 km further west is 63 km from it.
        var plane = new LocalProjection(new GeoPoint(-12.05, -77.12));
        var (latitude, longitude) = (-12.05, -77.58);
        const double a = 6_378_137.0, eSquared = 0.00669437999014;
        var sin = Math.Sin(latitude * Math.PI / 180);
        var metresPerDegreeEast = Math.PI / 180 * a / Math.Sqrt(1 - (eSquared * sin * sin)) * Math.Cos(latitude * Math.PI / 180);

        var measured = plane.DistanceMetres(new GeoPoint(latitude, longitude), new GeoPoint(latitude, longitude + (1_000 / metresPerDegreeEast)));

        Assert.Equal(1_000.0, measured, 0.1);
    }

    [Fact]
    public void Planes_measured_from_many_threads_at_once_give_the_same_figures_as_one_thread()
    {
        var places = Enumerable.Range(0, 400).Select(i => new GeoPoint(-16.4 + (i % 20 * 0.01), -71.6 + (i / 20 * 0.013))).ToArray();
        var plane = new LocalProjection(Places.Home);
        var alone = places.Select(p => plane.DistanceMetres(Places.Home, p)).ToArray();
        var together = new double[places.Length];

        Parallel.For(0, places.Length * 50, new ParallelOptions { MaxDegreeOfParallelism = 8 }, k =>
            together[k % places.Length] = new LocalProjection(Places.Home).DistanceMetres(Places.Home, places[k % places.Length]));

        Assert.Equal(alone, together);
    }

    [Theory]
    [InlineData(double.NaN, 0)]
    [InlineData(91, 0)]
    [InlineData(0, 180.5)]
    [InlineData(double.PositiveInfinity, 10)]
    public void Invalid_coordinates_are_refused(double lat, double lon)
    {
        Assert.False(GeoPoint.IsValid(lat, lon));
        Assert.Throws<ArgumentOutOfRangeException>(() => GeoPoint.Create(lat, lon));
    }
}
