using Amparo.Data.Identity;

namespace Amparo.Server.Risk;

public static class RiskPolicies
{
    /// <summary>Who may add a version of an instrument: the centre's supervisors and administrators.</summary>
    public const string InstrumentEditor = "amparo.risk_instrument_editor";

    /// <summary>Who assesses risk in a case: the institutions that apply the FVR, and the centre's supervision.</summary>
    public const string Assessor = "amparo.risk_assessor";

    /// <summary>Who reads a case's assessments: everyone but the technicians who fit devices.</summary>
    public const string Reader = "amparo.risk_reader";

    public static IReadOnlyList<string> InstrumentEditorRoles { get; } = [AmparoRoles.Administrador, AmparoRoles.Supervisor];

    public static IReadOnlyList<string> AssessorRoles { get; } =
    [
        AmparoRoles.Juzgado, AmparoRoles.Fiscalia, AmparoRoles.Policia, AmparoRoles.Cem, AmparoRoles.AreaMunicipalGenero,
        AmparoRoles.Supervisor, AmparoRoles.Administrador,
    ];

    public static IReadOnlyList<string> ReaderRoles { get; } = AmparoRoles.All.Where(r => r != AmparoRoles.Tecnico).ToList();
}
