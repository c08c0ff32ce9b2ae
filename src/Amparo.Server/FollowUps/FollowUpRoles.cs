using Amparo.Data.Identity;
using Amparo.Domain.FollowUp;

namespace Amparo.Server.FollowUps;

/// <summary>Who does each follow-up: the centre and the women's services call her; the police go round.</summary>
public static class FollowUpRoles
{
    public static readonly string[] Callers =
        [AmparoRoles.Administrador, AmparoRoles.Supervisor, AmparoRoles.Operador, AmparoRoles.Cem, AmparoRoles.AreaMunicipalGenero];

    public static readonly string[] Patrols = [AmparoRoles.Administrador, AmparoRoles.Supervisor, AmparoRoles.Policia];

    public static IReadOnlyList<string> For(FollowUpKind kind) => kind == FollowUpKind.CheckInCall ? Callers : Patrols;

    /// <summary>The outcomes that make sense for each kind.</summary>
    public static bool Fits(FollowUpKind kind, FollowUpOutcome outcome) => kind == FollowUpKind.CheckInCall
        ? outcome is FollowUpOutcome.Reached or FollowUpOutcome.NoAnswer
        : outcome is FollowUpOutcome.Done or FollowUpOutcome.NobodyHome;
}
