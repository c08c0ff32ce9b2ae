using System.Globalization;
using Amparo.Domain.Citizens;
using static Amparo.Server.Console.Text.UiText;

namespace Amparo.Server.Statistics;

/// <summary>How the programme's figures are named and written in a report, in Spanish or English.</summary>
internal sealed class StatisticsText(bool english)
{
    public bool English { get; } = english;

    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(english ? "en-GB" : "es-PE");

    public string this[string key] => In(English, key);

    public string Format(string key, params object[] arguments) => In(English, key, arguments);

    public string AlarmType(string code) => In(English, "type." + code);

    public string Outcome(string code) => In(English, "outcome." + code);

    public string Category(string code) => ReportCatalogue.Find(code) is { } c ? (English ? c.En : c.Es) : code;

    public string Number(double value) => value.ToString("N0", Culture);

    public string Share(double share) => share.ToString("P1", Culture);

    /// <summary>"8 s", "1 min 20 s", "2 h 5 min", "1 d 3 h"; a dash when nothing got that far.</summary>
    public string Duration(TimeSpan? span) => span switch
    {
        null => this["stats.no_time"],
        { TotalSeconds: < 60 } s => $"{s.TotalSeconds.ToString("0", Culture)} s",
        { TotalMinutes: < 60 } s => $"{(int)s.TotalMinutes} min {s.Seconds} s",
        { TotalHours: < 24 } s => $"{(int)s.TotalHours} h {s.Minutes} min",
        var s => $"{(int)s.Value.TotalDays} d {s.Value.Hours} h",
    };
}
