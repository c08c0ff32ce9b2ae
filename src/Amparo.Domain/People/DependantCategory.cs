namespace Amparo.Domain.People;

/// <summary>The victim's dependants as seed 004's circuits tell them apart: each has its own protection route.</summary>
public enum DependantCategory
{
    /// <summary>Niñas, niños y adolescentes.</summary>
    Child,
    OlderAdult,

    /// <summary>Adults with a disability.</summary>
    AdultWithDisability,

    /// <summary>Adult children who depend on her while they study.</summary>
    Student,
    OtherAdult,
}
