using Amparo.Domain.People;

namespace Amparo.Data.People;

/// <summary>
/// Someone who depends on the victim (seed 004): a child, an older adult, an adult with a disability, a student. With a
/// support network or without one decides the circuit's route (family care, or the protection services).
/// </summary>
public sealed class Dependant
{
    public Guid Id { get; set; }

    public Guid CaseId { get; set; }

    public required string FullName { get; set; }

    public DependantCategory Category { get; set; }

    public DateOnly? BirthDate { get; set; }

    /// <summary>Her son, her mother…: as the victim says it.</summary>
    public string? Relationship { get; set; }

    public bool LivesWithVictim { get; set; }

    public bool HasSupportNetwork { get; set; }

    /// <summary>Who makes up the support network (a grandmother, an aunt) and how to reach them.</summary>
    public string? SupportNetwork { get; set; }

    /// <summary>School, care home or day centre, for the police rounds and the notices.</summary>
    public string? Institution { get; set; }

    public string? Notes { get; set; }
}
