using System.Globalization;
using Amparo.Server.Hosting;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Console.Components;

/// <summary>Shows UTC instants in the centre's time zone and the user's culture.</summary>
public sealed class ConsoleClock(IOptions<ConsoleOptions> options)
{
    private readonly TimeZoneInfo _zone = options.Value.TryTimeZone() ?? TimeZoneInfo.Utc;

    public TimeZoneInfo Zone => _zone;

    /// <remarks>
    /// Formats in the UI culture the user chose (es-PE unless English): a circuit's formatting culture was seen to
    /// fall back to the invariant one (11/23/2026 on a Spanish page), while its UI culture stays the user's.
    /// </remarks>
    public string Format(DateTime utc, string format = "G") => Local(utc).ToString(format, UiCulture);

    public static string Format(DateOnly day) => day.ToString("d", UiCulture);

    /// <summary>The centre's calendar day at an instant: when a measure is in force is read on the centre's calendar.</summary>
    public DateOnly Today(DateTime utc) => DateOnly.FromDateTime(Local(utc));

    /// <summary>The instant a time typed on the centre's clock stands for (a time skipped by a clock change counts an hour later).</summary>
    public DateTime ToUtc(DateTime local)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(_zone.IsInvalidTime(wall) ? wall.AddHours(1) : wall, _zone);
    }

    private static CultureInfo UiCulture => CultureInfo.GetCultureInfo(CultureInfo.CurrentUICulture.Name);

    private DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone);
}
