using System.Globalization;
using Amparo.Domain.Registries;

namespace Amparo.Server.Registries;

/// <summary>Reads a registry's query: the period (both days included, on the centre's calendar; the last 30 days by default) and the format.</summary>
internal static class RegistryQuery
{
    public static RegistryPeriod? Period(string? from, string? to, DateOnly today, TimeZoneInfo zone)
    {
        if (!TryDate(to, today, out var last) || !TryDate(from, last.AddDays(-30), out var first))
        {
            return null;
        }

        var period = new RegistryPeriod(first, last, zone);
        return period.IsValid && last.DayNumber - first.DayNumber <= 3660 ? period : null;
    }

    private static bool TryDate(string? text, DateOnly fallback, out DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            date = fallback;
            return true;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }
}
