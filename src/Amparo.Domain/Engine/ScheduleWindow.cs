using System.Globalization;

namespace Amparo.Domain.Engine;

/// <summary>One weekly window: the days it starts on, and its local start and end.</summary>
public sealed record ScheduleWindow(IReadOnlySet<DayOfWeek> Days, TimeOnly From, TimeOnly To)
{
    private static readonly DayOfWeek[] Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public bool CrossesMidnight => To <= From;

    public bool Contains(DateTime local)
    {
        var time = TimeOnly.FromDateTime(local);
        if (!CrossesMidnight)
        {
            return Days.Contains(local.DayOfWeek) && time >= From && time < To;
        }

        return (Days.Contains(local.DayOfWeek) && time >= From) || (Days.Contains(local.AddDays(-1).DayOfWeek) && time < To);
    }

    /// <summary>The local start and end of the window that starts on <paramref name="date"/>.</summary>
    public IEnumerable<DateTime> Edges(DateTime date)
    {
        yield return date.Date + From.ToTimeSpan();
        yield return (CrossesMidnight ? date.Date.AddDays(1) : date.Date) + To.ToTimeSpan();
    }

    /// <summary>Reads "Mon-Sun", "Mon-Fri", "Sat,Sun" or "Tue" and "HH:mm" times.</summary>
    public static ScheduleWindow Parse(string days, string from, string to) =>
        new(ParseDays(days), TimeOnly.ParseExact(from, "HH:mm", CultureInfo.InvariantCulture), TimeOnly.ParseExact(to, "HH:mm", CultureInfo.InvariantCulture));

    private static HashSet<DayOfWeek> ParseDays(string text)
    {
        var days = new HashSet<DayOfWeek>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var range = part.Split('-', StringSplitOptions.TrimEntries);
            var first = Array.IndexOf(Week, Day(range[0]));
            var last = range.Length > 1 ? Array.IndexOf(Week, Day(range[1])) : first;
            for (var i = first; ; i = (i + 1) % 7)
            {
                days.Add(Week[i]);
                if (i == last)
                {
                    break;
                }
            }
        }

        return days;
    }

    private static DayOfWeek Day(string name) => name.ToUpperInvariant() switch
    {
        "MON" or "LUN" => DayOfWeek.Monday,
        "TUE" or "MAR" => DayOfWeek.Tuesday,
        "WED" or "MIE" or "MIÉ" => DayOfWeek.Wednesday,
        "THU" or "JUE" => DayOfWeek.Thursday,
        "FRI" or "VIE" => DayOfWeek.Friday,
        "SAT" or "SAB" or "SÁB" => DayOfWeek.Saturday,
        "SUN" or "DOM" => DayOfWeek.Sunday,
        _ => throw new FormatException($"Unknown day '{name}'."),
    };
}
