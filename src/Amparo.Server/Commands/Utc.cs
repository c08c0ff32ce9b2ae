namespace Amparo.Server.Commands;

/// <summary>An instant from a request: with its offset or "Z" as given; without one, taken as UTC (never the server's zone).</summary>
internal static class Utc
{
    public static DateTime Of(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
