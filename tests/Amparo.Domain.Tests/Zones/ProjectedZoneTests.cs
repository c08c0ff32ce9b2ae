using Amparo.Domain.Geo;
using Amparo.Domain.Zones;

namespace Amparo.Domain.Tests.Zones;

public class ProjectedZoneTests
{
    private static readonly LocalProjection Plane = new(Places.Home);

    private static ProjectedZone Circle(double radius, double band) =>
        new(new ZoneDefinition(Guid.NewGuid(), "Domicilio", new CircleShape(Places.Home, radius), band), Plane);

    [Theory]
    [InlineData(0, ZoneRelation.Inside)]
    [InlineData(998, ZoneRelation.Inside)]
    [InlineData(1002, ZoneRelation.PreAlert)]
    [InlineData(1998, ZoneRelation.PreAlert)]
    [InlineData(2002, ZoneRelation.Outside)]
    public void A_circle_of_1000_m_with_the_default_band_alerts_inside_and_pre_alerts_to_twice_the_radius(double metres, ZoneRelation expected)
    {
        var zone = Circle(1000, ZoneDefinition.DefaultPreAlertBand(1000));

        var reading = zone.Classify(Places.North(Places.Home, metres));

        Assert.Equal(expected, reading.Relation);
        Assert.Equal(metres, reading.DistanceMetres, 1.0);
    }

    [Fact]
    public void The_edge_of_the_radius_counts_as_inside()
    {
        var zone = Circle(500, 500);
        var edge = Places.East(Places.Home, 500);
        var distance = Plane.DistanceMetres(Places.Home, edge);
        var exact = new ProjectedZone(new ZoneDefinition(Guid.NewGuid(), "z", new CircleShape(Places.Home, distance), 500), Plane);

        Assert.Equal(ZoneRelation.Inside, exact.Classify(edge).Relation);
        Assert.Equal(ZoneRelation.PreAlert, zone.Classify(Places.East(Places.Home, 501)).Relation);
    }

    [Fact]
    public void A_polygon_zone_is_inside_within_its_edges_and_pre_alerts_within_its_band()
    {
        // A 400 m × 400 m square whose south-west corner is the home.
        var vertices = new[]
        {
            Places.Home,
            Places.North(Places.Home, 400),
            Places.East(Places.North(Places.Home, 400), 400),
            Places.East(Places.Home, 400),
        };
        var zone = new ProjectedZone(new ZoneDefinition(Guid.NewGuid(), "Trabajo", new PolygonShape(vertices), 200), Plane);

        Assert.Equal(ZoneRelation.Inside, zone.Classify(Places.East(Places.North(Places.Home, 200), 200)).Relation);
        var west150 = Places.East(Places.North(Places.Home, 200), -150);
        Assert.Equal(ZoneRelation.PreAlert, zone.Classify(west150).Relation);
        Assert.Equal(150, zone.Classify(west150).DistanceMetres, 1.0);
        Assert.Equal(ZoneRelation.Outside, zone.Classify(Places.East(Places.North(Places.Home, 200), -250)).Relation);
    }

    [Fact]
    public void A_polygon_with_fewer_than_three_vertices_or_crossing_itself_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ProjectedZone(
            new ZoneDefinition(Guid.NewGuid(), "x", new PolygonShape([Places.Home, Places.North(Places.Home, 10)]), 0), Plane));
        var bowTie = new[]
        {
            Places.Home, Places.East(Places.North(Places.Home, 100), 100), Places.North(Places.Home, 100), Places.East(Places.Home, 100),
        };
        Assert.Throws<ArgumentException>(() => new ProjectedZone(new ZoneDefinition(Guid.NewGuid(), "x", new PolygonShape(bowTie), 0), Plane));
    }

    [Theory]
    [InlineData(299, ZoneRelation.Inside)]
    [InlineData(301, ZoneRelation.PreAlert)]
    [InlineData(599, ZoneRelation.PreAlert)]
    [InlineData(601, ZoneRelation.Outside)]
    public void The_proximity_rule_has_its_own_radius_and_band(double metres, ZoneRelation expected) =>
        Assert.Equal(expected, new ProximityRule(300, 300).Classify(metres));
}
