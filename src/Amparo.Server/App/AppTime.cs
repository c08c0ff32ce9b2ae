namespace Amparo.Server.App;

/// <summary>The phone's time stamps as the server keeps them: UTC (<see cref="Utc.Of"/>), to the millisecond.</summary>
public static class AppTime
{
    public static DateTime Utc(DateTime at)
    {
        var utc = Commands.Utc.Of(at);
        return utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMillisecond));
    }
}
