using Amparo.Domain.Maps;

namespace Amparo.Domain.Tests.Geo;

public sealed class MapFrameTests
{
    [Fact]
    public void A_wide_track_fills_the_width_and_is_centred_vertically_at_one_scale()
    {
        var frame = MapFrame.Fit([(0, 0), (1_000, 0), (1_000, 200)], width: 440, height: 300, marginShare: 0);

        Assert.Equal(0.44, frame.PointsPerMetre, 6);
        Assert.Equal((0, 150 + (100 * 0.44)), Round(frame.ToPaper(0, 0)));
        Assert.Equal((440, 150 - (100 * 0.44)), Round(frame.ToPaper(1_000, 200)));
    }

    [Fact]
    public void North_is_up_and_east_is_right()
    {
        var frame = MapFrame.Fit([(-500, -500), (500, 500)], 400, 400);

        var (x1, y1) = frame.ToPaper(-400, -400);
        var (x2, y2) = frame.ToPaper(400, 400);
        Assert.True(x2 > x1);
        Assert.True(y2 < y1);
    }

    [Fact]
    public void A_single_point_gets_the_minimum_span_around_it()
    {
        var frame = MapFrame.Fit([(10, 10)], 200, 200, marginShare: 0);

        Assert.Equal(1.0, frame.PointsPerMetre, 6);
        Assert.Equal((100, 100), Round(frame.ToPaper(10, 10)));
    }

    [Theory]
    [InlineData(1.0, 120, 100)]
    [InlineData(0.44, 120, 200)]
    [InlineData(0.05, 120, 2_000)]
    [InlineData(0.01, 120, 10_000)]
    [InlineData(0.2, 120, 500)]
    public void The_scale_bar_is_a_round_length_that_fits(double pointsPerMetre, double maxPoints, double metres)
    {
        var frame = new MapFrame(0, 0, 1, 1, 100, 100, pointsPerMetre);

        Assert.Equal(metres, frame.ScaleBarMetres(maxPoints), 6);
        Assert.True(metres * pointsPerMetre <= maxPoints);
    }

    private static (double, double) Round((double X, double Y) p) => (Math.Round(p.X, 6), Math.Round(p.Y, 6));
}
