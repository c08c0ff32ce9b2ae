namespace Amparo.Server.App;

/// <summary>The phone's time stamps as the server keeps them: UTC, to the millisecond.</summary>
public static class AppTime
{
    public static DateTime Utc(DateTime at)
    {
        var utc = at.Kind switch
        {
            DateTimeKind.Local => at.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(at, DateTimeKind.Utc),
            _ => at,
        };
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMillisecond));
    }
}
