namespace Amparo.Domain.Cases;

/// <summary>
/// The term of a case's electronic surveillance on the case's calendar: when it ends, whether the ten-day warning
/// of seed 002 (5.I: reports asked for, the court alerted to decide an extension) is due, and whether it has lapsed.
/// </summary>
public sealed record SurveillanceTerm(DateOnly StartsOn, DateOnly? EndsOn)
{
    public const int WarningDays = 10;

    /// <summary>The surveillance measure in force or still to come with the latest end; null when there is none.</summary>
    public static SurveillanceTerm? Of(IEnumerable<(ProtectionMeasureType Type, DateOnly StartsOn, DateOnly? EndsOn)> measures)
    {
        ArgumentNullException.ThrowIfNull(measures);
        var surveillance = measures.Where(m => m.Type == ProtectionMeasureType.ElectronicSurveillance).ToList();
        if (surveillance.Count == 0)
        {
            return null;
        }

        var open = surveillance.Any(m => m.EndsOn is null);
        return new SurveillanceTerm(surveillance.Min(m => m.StartsOn), open ? null : surveillance.Max(m => m.EndsOn));
    }

    public int? DaysLeft(DateOnly today) => EndsOn is { } end ? end.DayNumber - today.DayNumber : null;

    /// <summary>Due from ten days before the end, once per end date: an extension moves the end and makes a new warning due.</summary>
    public bool WarningDue(DateOnly today, DateOnly? warnedForEnd, int warningDays = WarningDays) =>
        EndsOn is { } end && warnedForEnd != end && DaysLeft(today) is { } left && left <= warningDays && left >= 0;

    /// <summary>The last day of the term has passed.</summary>
    public bool Lapsed(DateOnly today) => EndsOn is { } end && today > end;
}
