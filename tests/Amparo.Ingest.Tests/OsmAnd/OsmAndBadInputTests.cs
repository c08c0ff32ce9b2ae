using System.Text;
using Amparo.Ingest.OsmAnd;

namespace Amparo.Ingest.Tests.OsmAnd;

public class OsmAndBadInputTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Skew = TimeSpan.FromMinutes(5);

    private static OsmAndDecodeResult Query(params (string Key, string Value)[] parameters) =>
        OsmAndQueryDecoder.Decode(parameters.Select(p => KeyValuePair.Create(p.Key, p.Value)), Now, Skew);

    [Theory]
    [InlineData("NaN", "30", "bad_coordinates")]
    [InlineData("91", "30", "bad_coordinates")]
    [InlineData("-16.4", "181", "bad_coordinates")]
    [InlineData("abc", "30", "bad_coordinates")]
    [InlineData("Infinity", "30", "bad_coordinates")]
    [InlineData("-16.4", "", "bad_coordinates")]
    public void Malformed_or_out_of_range_coordinates_are_refused_with_a_reason(string lat, string lon, string code)
    {
        var result = Query(("id", "x"), ("lat", lat), ("lon", lon));

        Assert.Equal(code, result.ErrorCode);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
        Assert.Empty(result.Messages);
    }

    [Fact]
    public void A_fix_more_than_five_minutes_in_the_future_is_refused_but_four_minutes_is_accepted()
    {
        var six = new DateTimeOffset(Now.AddMinutes(6)).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var four = new DateTimeOffset(Now.AddMinutes(4)).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal("future_time", Query(("id", "x"), ("lat", "1"), ("lon", "2"), ("timestamp", six)).ErrorCode);
        Assert.False(Query(("id", "x"), ("lat", "1"), ("lon", "2"), ("timestamp", four)).IsError);
    }

    [Fact]
    public void Timestamps_in_seconds_milliseconds_and_ISO_8601_mean_the_same_instant()
    {
        var expected = new DateTime(2026, 11, 23, 11, 0, 0, DateTimeKind.Utc);
        foreach (var stamp in new[] { "1795431600", "1795431600000", "2026-11-23T11:00:00Z", "2026-11-23T06:00:00-05:00" })
        {
            var result = Query(("id", "x"), ("lat", "1"), ("lon", "2"), ("timestamp", stamp));
            Assert.Equal(expected, result.Messages[0].Position!.FixTime);
        }
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("99999999999999999999")]
    public void Unreadable_timestamps_are_refused(string stamp) =>
        Assert.Equal("bad_time", Query(("id", "x"), ("lat", "1"), ("lon", "2"), ("timestamp", stamp)).ErrorCode);

    [Fact]
    public void A_missing_id_is_refused() => Assert.Equal("missing_id", Query(("lat", "1"), ("lon", "2")).ErrorCode);

    [Fact]
    public void A_non_numeric_speed_is_refused() =>
        Assert.Equal("bad_number", Query(("id", "x"), ("lat", "1"), ("lon", "2"), ("speed", "fast")).ErrorCode);

    [Theory]
    [InlineData("{")]
    [InlineData("[1,2]")]
    [InlineData("{\"device_id\":\"x\",\"location\":{\"coords\":{\"latitude\":\"a\",\"longitude\":2}}}")]
    [InlineData("{\"device_id\":\"x\",\"location\":{\"timestamp\":\"soon\",\"coords\":{\"latitude\":1,\"longitude\":2}}}")]
    [InlineData("{\"device_id\":\"x\",\"location\":{\"coords\":{\"latitude\":100,\"longitude\":2}}}")]
    [InlineData("{\"location\":{\"coords\":{\"latitude\":1,\"longitude\":2}}}")]
    public void Malformed_JSON_bodies_are_refused(string body)
    {
        var result = OsmAndJsonDecoder.Decode(Encoding.UTF8.GetBytes(body), Now, Skew);

        Assert.True(result.IsError);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
    }

    [Fact]
    public void Other_parameters_are_kept_as_typed_attributes_and_the_alarm_is_read()
    {
        var result = Query(("id", "x"), ("lat", "1"), ("lon", "2"), ("ignition", "true"), ("rpm", "933"), ("hdop", "0.9"), ("alarm", "sos"), ("batt", "42"));
        var position = result.Messages[0].Position!;

        Assert.Equal(true, position.Attributes!["ignition"]);
        Assert.Equal(933L, position.Attributes["rpm"]);
        Assert.Equal(0.9, position.Attributes["hdop"]);
        Assert.Equal("sos", position.Alarm);
        Assert.Equal(42, position.BatteryPercent);
    }
}
