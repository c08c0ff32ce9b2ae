namespace Amparo.Domain.Engine;

/// <summary>
/// Weekly windows in a case's local time ("Mon-Fri 22:00–06:00"). A window that ends at or before its start runs
/// past midnight and belongs to the day it starts on. Evaluated through the case's time zone, so a change of
/// offset (daylight saving, a decree) moves the windows with the clock on the wall.
/// </summary>
public sealed record Schedule(IReadOnlyList<ScheduleWindow> Windows)
{
    public bool IsActive(DateTime utc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        return Windows.Any(w => w.Contains(local));
    }

    /// <summary>The next time after <paramref name="utc"/> at which some window starts or ends, within a week.</summary>
    public DateTime? NextChange(DateTime utc, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        DateTime? best = null;
        for (var day = -1; day <= 7; day++)
        {
            var date = local.Date.AddDays(day);
            foreach (var window in Windows.Where(w => w.Days.Contains(date.DayOfWeek)))
            {
                foreach (var edge in window.Edges(date))
                {
                    var edgeUtc = ToUtc(edge, zone);
                    if (edgeUtc > utc && (best is null || edgeUtc < best))
                    {
                        best = edgeUtc;
                    }
                }
            }
        }

        return best;
    }

    private static DateTime ToUtc(DateTime local, TimeZoneInfo zone)
    {
        // A wall time skipped by a forward change does not exist: take the first instant after the gap.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
    }
}
