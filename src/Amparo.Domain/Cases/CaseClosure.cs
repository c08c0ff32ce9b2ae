namespace Amparo.Domain.Cases;

/// <summary>Why monitoring of a case ended.</summary>
public enum CaseClosure
{
    /// <summary>The measure's term ended without an extension.</summary>
    Expired,

    /// <summary>The victim's will, after an interview that told her the risks (seed 002, 5.II).</summary>
    VictimWill,

    /// <summary>The court ended or varied the measure (seed 001).</summary>
    CourtOrder,
}
