using Amparo.Data.Cases;
using Amparo.Domain.Cases;

namespace Amparo.Server.Cases;

/// <summary>A case's days as its order counts them: today in the order's time zone, and the surveillance's term.</summary>
public static class CaseCalendar
{
    public static DateOnly Today(MonitoredCase monitored, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(monitored);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utcNow, TimeZoneInfo.FindSystemTimeZoneById(monitored.TimeZone)));
    }

    /// <summary>The term of its electronic surveillance, from the measures loaded with it; null when it has none.</summary>
    public static SurveillanceTerm? Term(MonitoredCase monitored)
    {
        ArgumentNullException.ThrowIfNull(monitored);
        return SurveillanceTerm.Of(monitored.Measures.Select(m => (m.Type, m.StartsOn, m.EndsOn)));
    }
}
