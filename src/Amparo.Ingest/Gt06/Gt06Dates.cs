namespace Amparo.Ingest.Gt06;

/// <summary>Builds GT06 timestamps (UTC, as the corpus and Traccar's default take them) and refuses impossible ones.</summary>
internal static class Gt06Dates
{
    public static DateTime Utc(int year, int month, int day, int hour, int minute, int second) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) && hour < 24 && minute < 60 && second < 60
            ? new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc)
            : throw new Gt06LayoutException("Impossible date.");

    public static DateTime FromUnixSeconds(uint seconds) => DateTime.UnixEpoch.AddSeconds(seconds);
}
