using Amparo.Data.Cases;

namespace Amparo.Server.CourtOrders;

/// <summary>Today on the case's own calendar (its order's time zone).</summary>
internal static class CaseCalendar
{
    public static DateOnly Today(MonitoredCase monitored, DateTime utcNow) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utcNow, TimeZoneInfo.FindSystemTimeZoneById(monitored.TimeZone)));
}
