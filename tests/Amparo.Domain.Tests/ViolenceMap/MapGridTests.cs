using Amparo.Domain.ViolenceMap;

namespace Amparo.Domain.Tests.ViolenceMap;

public class MapGridTests
{
    [Fact]
    public void Events_of_three_cases_in_a_cell_show_it_with_counts_by_kind_and_never_a_point_finer_than_the_cell()
    {
        var events = new List<MapEvent>
        {
            new("breach", -16.40010, -71.53710, "case-1"),
            new("breach", -16.40020, -71.53720, "case-1"),
            new("panic", -16.40030, -71.53690, "case-2"),
            new("report", -16.40040, -71.53700, "citizen-9"),
        };

        var map = MapGrid.Aggregate(events, 500, 3);

        var cell = Assert.Single(map.Cells);
        Assert.Equal(4, cell.Total);
        Assert.Equal(2, cell.Counts["breach"]);
        Assert.Equal(3, cell.Sources);
        Assert.Equal(500, (cell.North - cell.South) * 111_320, 1);
        Assert.Equal(500, (cell.East - cell.West) * 111_320 * Math.Cos((cell.North + cell.South) / 2 * Math.PI / 180), 1);
        Assert.All(events, e => Assert.True(e.Latitude > cell.South && e.Latitude < cell.North && e.Longitude > cell.West && e.Longitude < cell.East));
    }

    [Fact]
    public void A_cell_made_by_fewer_sources_than_the_threshold_is_withheld_however_many_events_it_has()
    {
        var home = Enumerable.Range(0, 20).Select(i => new MapEvent("breach", -16.41 + (i * 1e-6), -71.54, "case-7"));

        var map = MapGrid.Aggregate(home, 500, 3);

        Assert.Empty(map.Cells);
        Assert.Equal(1, map.WithheldCells);
        Assert.Equal(20, map.WithheldEvents);
    }
}
