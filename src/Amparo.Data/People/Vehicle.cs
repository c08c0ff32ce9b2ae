namespace Amparo.Data.People;

/// <summary>A vehicle the aggressor uses: the police look for it near her places.</summary>
public sealed class Vehicle
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public Guid PersonId { get; set; }

    public required string Plate { get; set; }

    public string? Description { get; set; }

    public DateTime? EndedAt { get; set; }
}
