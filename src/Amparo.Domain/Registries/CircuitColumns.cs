namespace Amparo.Domain.Registries;

/// <summary>The columns of the circuits' registry: no victim data in any of them.</summary>
public static class CircuitColumns
{
    public static IReadOnlyList<RegistryColumn<CircuitRow>> All { get; } =
    [
        new("Expediente", "File number", false, r => r.FileNumber),
        new("Juzgado", "Court", false, r => r.Court),
        new("Jurisdicción", "Jurisdiction", false, r => r.Jurisdiction),
        new("Circuito", "Circuit", false, r => r.Circuit.ToString()),
        new("Registrado", "Registered at", false, r => r.RegisteredAt),
        new("Registrado por", "Registered by", false, r => r.RegisteredBy),
        new("Nota", "Note", false, r => r.Note),
        new("Deberes pendientes", "Unmet duties", false, r => string.Join(" ", r.Unmet.Select(RegistrationDutyText.Spanish))),
    ];
}
