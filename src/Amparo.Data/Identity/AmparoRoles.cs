namespace Amparo.Data.Identity;

/// <summary>The roles of the institutions that take part in a case.</summary>
public static class AmparoRoles
{
    public const string Administrador = "Administrador";
    public const string Supervisor = "Supervisor";
    public const string Operador = "Operador";
    public const string Juzgado = "Juzgado";
    public const string Fiscalia = "Fiscalía";
    public const string Policia = "Policía";
    public const string Cem = "CEM";
    public const string AreaMunicipalGenero = "ÁreaMunicipalGénero";
    public const string Tecnico = "Técnico";

    public static IReadOnlyList<string> All { get; } =
        [Administrador, Supervisor, Operador, Juzgado, Fiscalia, Policia, Cem, AreaMunicipalGenero, Tecnico];

    /// <summary>Roles that may see where a victim is: the monitoring centre that must protect her.</summary>
    public static IReadOnlyList<string> VictimLocationReaders { get; } = [Administrador, Supervisor, Operador];

    /// <summary>Roles that handle alarms.</summary>
    public static IReadOnlyList<string> AlarmHandlers { get; } = [Administrador, Supervisor, Operador];

    /// <summary>
    /// Those who keep the device stock and sign acts in the field: technicians, police (the aggressor's devices), the
    /// municipal gender areas (the stock of their territory and the victim's device), supervisors and administrators.
    /// </summary>
    public static IReadOnlyList<string> FieldWorkers { get; } = [Tecnico, Policia, AreaMunicipalGenero, Supervisor, Administrador];

    /// <summary>Those who may act on an alarm another operator holds.</summary>
    public static IReadOnlyList<string> AlarmSupervisors { get; } = [Administrador, Supervisor];
}
