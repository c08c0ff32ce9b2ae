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

    /// <summary>Roles that must sign in with a second factor: those who see where victims are and run the centre.</summary>
    public static IReadOnlyList<string> TwoFactorRequired { get; } = [Administrador, Supervisor, Operador];

    /// <summary>Roles that handle alarms.</summary>
    public static IReadOnlyList<string> AlarmHandlers { get; } = [Administrador, Supervisor, Operador];

    /// <summary>Those who register a case from a judicial order: the court, or the centre on its behalf.</summary>
    public static IReadOnlyList<string> CaseRegistrars { get; } = [Administrador, Supervisor, Juzgado];

    /// <summary>Those who record and place the parties' addresses and the victim's decision (seed 002: the gender areas and the court's team).</summary>
    public static IReadOnlyList<string> IntakeRecorders { get; } = [Administrador, Supervisor, Juzgado, Cem, AreaMunicipalGenero];

    /// <summary>Those who survey the mobile signal at an address (the signal report).</summary>
    public static IReadOnlyList<string> CoverageSurveyors { get; } = [Administrador, Supervisor, Tecnico];

    /// <summary>Those who activate monitoring once the order's conditions are met: the monitoring centre.</summary>
    public static IReadOnlyList<string> CaseActivators { get; } = [Administrador, Supervisor];

    /// <summary>Roles that may read a victim's identity and addresses (not her live location): those who protect or attend her.</summary>
    public static IReadOnlyList<string> VictimDataReaders { get; } = [Administrador, Supervisor, Operador, Juzgado, Fiscalia, Cem, AreaMunicipalGenero, Tecnico];

    /// <summary>
    /// Those who keep the device stock and sign acts in the field: technicians, police (the aggressor's devices), the
    /// municipal gender areas (the stock of their territory and the victim's device), supervisors and administrators.
    /// </summary>
    public static IReadOnlyList<string> FieldWorkers { get; } = [Tecnico, Policia, AreaMunicipalGenero, Supervisor, Administrador];

    /// <summary>Those who may act on an alarm another operator holds.</summary>
    public static IReadOnlyList<string> AlarmSupervisors { get; } = [Administrador, Supervisor];
}
