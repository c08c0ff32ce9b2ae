using Amparo.Domain.Dispatch;

namespace Amparo.Domain.Tests.Dispatch;

public class CapDateTimeTests
{
    [Fact]
    public void UTC_is_written_minus_zero_never_Z() =>
        Assert.Equal("2026-01-02T03:04:05-00:00", CapDateTime.Format(new DateTimeOffset(2026, 1, 2, 3, 4, 5, 999, TimeSpan.Zero)));

    [Fact]
    public void A_positive_offset_keeps_its_minutes() =>
        Assert.Equal("2026-01-02T03:04:05+05:30", CapDateTime.Format(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromMinutes(330))));
}
