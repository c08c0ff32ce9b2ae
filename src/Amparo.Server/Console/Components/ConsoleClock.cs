using System.Globalization;
using Amparo.Server.Hosting;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Console.Components;

/// <summary>Shows UTC instants in the centre's time zone and the user's culture.</summary>
public sealed class ConsoleClock(IOptions<ConsoleOptions> options)
{
    private readonly TimeZoneInfo _zone = options.Value.TryTimeZone() ?? TimeZoneInfo.Utc;

    public TimeZoneInfo Zone => _zone;

    public string Format(DateTime utc, string format = "G") =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone).ToString(format, CultureInfo.CurrentCulture);
}
