namespace Amparo.Domain.Registries;

/// <summary>
/// A period of the registry, both days included, on the calendar of the centre's time zone: a case is in it if it was
/// open at some moment of it.
/// </summary>
public sealed record RegistryPeriod(DateOnly From, DateOnly To, TimeZoneInfo Zone)
{
    /// <summary>The first instant of <see cref="From"/> in the zone, in UTC.</summary>
    public DateTime Start => Midnight(From);

    /// <summary>The first instant after the period, in UTC.</summary>
    public DateTime End => Midnight(To.AddDays(1));

    public bool IsValid => From <= To;

    /// <remarks>Where a clock change skips midnight, the day starts an hour later, at the first time the zone's clocks show.</remarks>
    private DateTime Midnight(DateOnly day)
    {
        var wall = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(Zone.IsInvalidTime(wall) ? wall.AddHours(1) : wall, Zone);
    }
}
