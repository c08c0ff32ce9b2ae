namespace Amparo.Domain.Registries;

/// <summary>A period of the registry, both days included: a case is in it if it was open at some moment of it.</summary>
public sealed record RegistryPeriod(DateOnly From, DateOnly To)
{
    public DateTime Start => From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The first instant after the period.</summary>
    public DateTime End => To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public bool IsValid => From <= To;

    public bool Overlaps(DateTime openedAt, DateTime? closedAt) => openedAt < End && (closedAt is null || closedAt >= Start);
}
