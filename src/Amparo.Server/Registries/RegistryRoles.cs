using Amparo.Data.Identity;

namespace Amparo.Server.Registries;

/// <summary>Who keeps and reads the registries: the monitoring centre, the court, the prosecutor's office and the CEM.</summary>
public static class RegistryRoles
{
    public static IReadOnlyList<string> Readers { get; } =
        [AmparoRoles.Administrador, AmparoRoles.Supervisor, AmparoRoles.Juzgado, AmparoRoles.Fiscalia, AmparoRoles.Cem];

    /// <summary>Those who register a case in a circuit: the same institutions (seed 004 gives each its registration duty).</summary>
    public static IReadOnlyList<string> CircuitRegistrars { get; } = Readers;
}
