using Amparo.Ingest.H02;

namespace Amparo.Ingest.Tests.H02;

/// <summary>The H02 status word: active-low alarm flags, bit 10 ignition.</summary>
public class H02StatusTests
{
    [Theory]
    [InlineData(0xFFFFFBFFu, null)]
    [InlineData(0xFFFFFBFDu, "sos")]        // bit 1
    [InlineData(0xFFFBFBFFu, "sos")]        // bit 18
    [InlineData(0xFFF7FBFFu, "powerCut")]   // bit 19: on the backup cell
    [InlineData(0xFFFFFBFEu, "vibration")]  // bit 0
    [InlineData(0xFFFFFBFBu, "overspeed")]  // bit 2
    [InlineData(0xFFFFFBFCu, "sos")]        // bits 0 and 1: the SOS is not hidden behind the vibration
    [InlineData(0xFFF7FBFEu, "powerCut")]   // bits 0 and 19
    [InlineData(0xFFFEFBFFu, null)]         // bit 16: vendors disagree on its meaning
    public void The_alarm_is_the_most_urgent_low_flag(uint status, string? alarm) =>
        Assert.Equal(alarm, H02Status.AlarmOf(status));

    [Fact]
    public void The_attributes_carry_the_word_ignition_and_the_alarm()
    {
        var attributes = new Dictionary<string, object>();

        var alarm = H02Status.AddTo(attributes, 0xFFFBFFFF);

        Assert.Equal("sos", alarm);
        Assert.Equal(4294705151L, attributes["status"]);
        Assert.Equal(true, attributes["ignition"]);
        Assert.Equal("sos", attributes["alarm"]);
    }

    [Fact]
    public void A_quiet_word_sets_no_alarm_and_ignition_off()
    {
        var attributes = new Dictionary<string, object>();

        Assert.Null(H02Status.AddTo(attributes, H02Encoder.QuietStatus));
        Assert.False(attributes.ContainsKey("alarm"));
        Assert.Equal(false, attributes["ignition"]);
    }

    [Theory]
    [InlineData("FFFFFBFF", true)]
    [InlineData("ffffbbff", true)]
    [InlineData("FFFFFBF", false)]
    [InlineData("FFFFFBFFF", false)]
    [InlineData(" FFFFBFF", false)]
    [InlineData("FFFFFBFG", false)]
    public void Only_eight_hex_digits_are_a_status_word(string text, bool parses) =>
        Assert.Equal(parses, H02Status.TryParse(text, out _));
}
