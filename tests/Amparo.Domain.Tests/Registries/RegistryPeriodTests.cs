using Amparo.Domain.Registries;

namespace Amparo.Domain.Tests.Registries;

public class RegistryPeriodTests
{
    [Fact]
    public void A_period_in_Lima_runs_from_its_first_midnight_to_the_midnight_after_its_last_day_in_Lima_not_in_UTC()
    {
        var period = new RegistryPeriod(new DateOnly(2026, 11, 5), new DateOnly(2026, 12, 4), TimeZoneInfo.FindSystemTimeZoneById("America/Lima"));

        Assert.Equal(new DateTime(2026, 11, 5, 5, 0, 0, DateTimeKind.Utc), period.Start);
        // A case opened at 20:30 in Lima on the 4th (01:30 UTC on the 5th) is in a period that ends on the 4th.
        Assert.Equal(new DateTime(2026, 12, 5, 5, 0, 0, DateTimeKind.Utc), period.End);
        Assert.True(new DateTime(2026, 12, 5, 1, 30, 0, DateTimeKind.Utc) < period.End);
    }

    [Fact]
    public void A_day_whose_midnight_a_clock_change_skips_starts_at_the_first_time_the_clocks_show()
    {
        // Santiago de Chile moved its clocks from 00:00 to 01:00 on 2026-09-06.
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");
        var period = new RegistryPeriod(new DateOnly(2026, 9, 6), new DateOnly(2026, 9, 6), santiago);

        Assert.Equal(new DateTime(2026, 9, 6, 4, 0, 0, DateTimeKind.Utc), period.Start);
        Assert.Equal(new DateTime(2026, 9, 7, 3, 0, 0, DateTimeKind.Utc), period.End);
    }

    [Fact]
    public void A_period_ending_before_it_starts_is_not_valid()
    {
        Assert.False(new RegistryPeriod(new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 1), TimeZoneInfo.Utc).IsValid);
        Assert.True(new RegistryPeriod(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1), TimeZoneInfo.Utc).IsValid);
    }
}
