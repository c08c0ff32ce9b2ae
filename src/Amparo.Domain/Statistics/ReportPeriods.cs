using System.Globalization;
using System.Text.RegularExpressions;
using Amparo.Domain.Registries;

namespace Amparo.Domain.Statistics;

/// <summary>
/// The periods institutions report on, on the centre's calendar: a month (<c>2026-11</c>), a quarter (<c>2026-Q4</c>)
/// or a year (<c>2026</c>), as days from the first to the last.
/// </summary>
public static partial class ReportPeriods
{
    public static RegistryPeriod? Parse(string? text, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var match = Pattern().Match(text ?? "");
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2100)
        {
            return null;
        }

        var (first, months) = match.Groups["month"].Success ? (int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture), 1)
            : match.Groups["quarter"].Success ? ((int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture) * 3) - 2, 3)
            : (1, 12);
        if (first is < 1 or > 12)
        {
            return null;
        }

        var start = new DateOnly(year, first, 1);
        return new RegistryPeriod(start, start.AddMonths(months).AddDays(-1), zone);
    }

    /// <summary>The month, the quarter and the year that ended last before <paramref name="today"/>: what the schedule reports on.</summary>
    public static IReadOnlyList<string> LastEnded(DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var quarterStart = new DateOnly(today.Year, (((today.Month - 1) / 3) * 3) + 1, 1).AddMonths(-3);
        return
        [
            string.Create(CultureInfo.InvariantCulture, $"{month.Year}-{month.Month:00}"),
            string.Create(CultureInfo.InvariantCulture, $"{quarterStart.Year}-Q{((quarterStart.Month - 1) / 3) + 1}"),
            (today.Year - 1).ToString(CultureInfo.InvariantCulture),
        ];
    }

    /// <summary>The name of the period a report covers, in Spanish or English ("noviembre de 2026", "2026-Q4"…).</summary>
    public static string Name(string text, bool english)
    {
        var match = Pattern().Match(text ?? throw new ArgumentNullException(nameof(text)));
        if (match.Groups["month"].Success)
        {
            var date = new DateTime(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture), 1);
            return date.ToString(english ? "MMMM yyyy" : "MMMM 'de' yyyy", CultureInfo.GetCultureInfo(english ? "en-GB" : "es-PE"));
        }

        return match.Groups["quarter"].Success
            ? english ? $"Q{match.Groups["quarter"].Value} {match.Groups["year"].Value}" : $"{match.Groups["quarter"].Value}.º trimestre de {match.Groups["year"].Value}"
            : english ? $"year {match.Groups["year"].Value}" : $"año {match.Groups["year"].Value}";
    }

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?<month>\d{2})|-Q(?<quarter>[1-4]))?$")]
    private static partial Regex Pattern();
}
