using Amparo.Data.Identity;

namespace Amparo.Server.App;

/// <summary>Who gives a victim her app's code, sees her installations and revokes them: those who attend her.</summary>
public static class AppRoles
{
    public static IReadOnlyList<string> Managers { get; } =
        [AmparoRoles.Administrador, AmparoRoles.Supervisor, AmparoRoles.Operador, AmparoRoles.Cem, AmparoRoles.AreaMunicipalGenero, AmparoRoles.Tecnico];
}
