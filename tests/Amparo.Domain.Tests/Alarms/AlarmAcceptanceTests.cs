using Amparo.Domain.Alarms;

namespace Amparo.Domain.Tests.Alarms;

public class AlarmAcceptanceTests
{
    private static readonly DateTime Raised = new(2026, 11, 23, 22, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(0, AcceptanceBand.WithinTenSeconds)]
    [InlineData(10, AcceptanceBand.WithinTenSeconds)]
    [InlineData(11, AcceptanceBand.WithinFortySeconds)]
    [InlineData(40, AcceptanceBand.WithinFortySeconds)]
    [InlineData(41, AcceptanceBand.Late)]
    public void An_alarm_waiting_for_an_operator_falls_in_BS_8484_bands(int seconds, AcceptanceBand band) =>
        Assert.Equal(band, AlarmAcceptance.Band(AlarmAcceptance.Waited(Raised, null, Raised.AddSeconds(seconds))));

    [Fact]
    public void The_wait_stops_when_an_operator_claims_the_alarm()
    {
        var waited = AlarmAcceptance.Waited(Raised, Raised.AddSeconds(7), Raised.AddMinutes(5));

        Assert.Equal(TimeSpan.FromSeconds(7), waited);
    }
}
