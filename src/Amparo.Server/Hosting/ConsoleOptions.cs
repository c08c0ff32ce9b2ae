namespace Amparo.Server.Hosting;

/// <summary>Configuration section <c>Amparo:Console</c>.</summary>
public sealed class ConsoleOptions
{
    public const string Section = "Amparo:Console";

    /// <summary>The centre's time zone (IANA id): operators read local times, the database keeps UTC.</summary>
    public string TimeZone { get; set; } = "America/Lima";

    public TimeZoneInfo? TryTimeZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
    }
}
