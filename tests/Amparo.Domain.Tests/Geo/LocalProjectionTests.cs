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
