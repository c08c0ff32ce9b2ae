namespace Amparo.Server.Console.Text;

/// <summary>The words of the staff accounts' page.</summary>
internal static class UserWords
{
    public static readonly IReadOnlyDictionary<string, (string Es, string En)> All = new Dictionary<string, (string Es, string En)>(StringComparer.Ordinal)
    {
        ["nav.users"] = ("Usuarios", "Users"),
        ["users.title"] = ("Cuentas del personal", "Staff accounts"),
        ["users.help"] = ("Las cuentas de sus jurisdicciones. Cada cambio queda en la auditoría y cierra las sesiones abiertas de la cuenta.", "The accounts of your jurisdictions. Every change is audited and ends the account's open sessions."),
        ["users.name"] = ("Usuario", "User name"),
        ["users.full_name"] = ("Nombre completo", "Full name"),
        ["users.role"] = ("Rol", "Role"),
        ["users.jurisdiction"] = ("Jurisdicción", "Jurisdiction"),
        ["users.password"] = ("Contraseña inicial", "First password"),
        ["users.create"] = ("Crear cuenta", "Create account"),
        ["users.second_factor"] = ("Verificación en dos pasos", "Two-step verification"),
        ["users.state"] = ("Estado", "State"),
        ["users.yes"] = ("Sí", "Yes"),
        ["users.no"] = ("No", "No"),
        ["users.active"] = ("Activa", "Active"),
        ["users.locked"] = ("Bloqueada", "Locked"),
        ["users.lock"] = ("Bloquear", "Lock"),
        ["users.unlock"] = ("Desbloquear", "Unlock"),
        ["users.reset_2fa"] = ("Restablecer verificación", "Reset verification"),
        ["users.end_sessions"] = ("Cerrar sus sesiones", "Sign out everywhere"),
        ["users.national"] = ("Nacional", "National"),
    };
}
