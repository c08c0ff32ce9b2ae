using Amparo.Domain.Alarms;
using Amparo.Domain.Engine;
using Amparo.Domain.Zones;
using static Amparo.Domain.Tests.Engine.EngineFixture;

namespace Amparo.Domain.Tests.Engine;

public class ScheduleRulesTests
{
    private static readonly TimeZoneInfo Lima = TimeZoneInfo.FindSystemTimeZoneById("America/Lima");

    private static CurfewZone NightAtHisHome() => new(
        new ZoneDefinition(Guid.NewGuid(), "Casa del agresor", new CircleShape(Places.East(Places.Home, 5000), 150), 0),
        new Schedule([ScheduleWindow.Parse("Mon-Sun", "22:00", "06:00")]));

    [Fact]
    public void A_window_past_midnight_belongs_to_the_day_it_starts_on()
    {
        var weekdays = new Schedule([ScheduleWindow.Parse("Mon-Fri", "22:00", "06:00")]);

        // Saturday 02:00 Lima is still inside Friday night's window; Sunday 02:00 is not (Saturday has none).
        Assert.True(weekdays.IsActive(new DateTime(2026, 1, 10, 7, 0, 0, DateTimeKind.Utc), Lima));
        Assert.False(weekdays.IsActive(new DateTime(2026, 1, 11, 7, 0, 0, DateTimeKind.Utc), Lima));
        Assert.Equal(new DateTime(2026, 1, 10, 11, 0, 0, DateTimeKind.Utc), weekdays.NextChange(new DateTime(2026, 1, 10, 7, 0, 0, DateTimeKind.Utc), Lima));
    }

    [Fact]
    public void Away_from_home_at_night_is_a_curfew_breach_and_in_the_morning_it_is_not()
    {
        var f = new EngineFixture(curfews: [NightAtHisHome()]);
        var away = Places.East(Places.Home, 3000);

        // 23:00 and 07:00 in Lima (UTC-5).
        f.Fix(Tracker, new DateTime(2026, 1, 6, 4, 0, 0, DateTimeKind.Utc), away);
        f.Fix(Tracker, new DateTime(2026, 1, 6, 12, 0, 0, DateTimeKind.Utc), away);

        var breach = Assert.Single(f.Raised, r => r.Type == AlarmType.CurfewBreach);
        Assert.Contains("Casa del agresor", breach.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Still_away_when_the_curfew_starts_raises_at_the_start()
    {
        var f = new EngineFixture(curfews: [NightAtHisHome()]);
        var start = new DateTime(2026, 1, 6, 3, 0, 0, DateTimeKind.Utc);

        f.Fix(Tracker, start.AddMinutes(-2), Places.East(Places.Home, 3000));
        f.Advance(start.AddMinutes(1));

        var breach = Assert.Single(f.Raised);
        Assert.Equal(AlarmType.CurfewBreach, breach.Type);
        Assert.Equal(start, breach.At);
    }
}
