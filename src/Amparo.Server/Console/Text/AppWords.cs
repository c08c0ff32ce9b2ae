namespace Amparo.Server.Console.Text;

/// <summary>The words of the victim's panic-button app on the case file and its timeline.</summary>
internal static class AppWords
{
    public static readonly IReadOnlyDictionary<string, (string Es, string En)> All = new Dictionary<string, (string Es, string En)>(StringComparer.Ordinal)
    {
        ["victimapp.title"] = ("App de pánico de la víctima", "The victim's panic app"),
        ["victimapp.help"] = ("Genere un código y díctelo a la víctima: lo escribe en la app (/app/) y su teléfono queda vinculado a este caso. Un solo uso, vence en 72 h.", "Issue a code and read it to the victim: she types it in the app (/app/) and her phone is linked to this case. Single use, expires in 72 h."),
        ["victimapp.issue"] = ("Generar código de vinculación", "Issue a linking code"),
        ["victimapp.expires"] = ("vence", "expires"),
        ["victimapp.device"] = ("Teléfono", "Phone"),
        ["victimapp.enrolled"] = ("Vinculado", "Linked"),
        ["victimapp.last_seen"] = ("Último contacto", "Last contact"),
        ["victimapp.revoke"] = ("Desvincular", "Unlink"),
        ["victimapp.revoked"] = ("Desvinculado", "Unlinked"),
        ["event.app.code_issued"] = ("Código de inscripción de la app entregado", "App enrolment code issued"),
        ["event.app.enrolled"] = ("App de pánico inscrita en su teléfono", "Panic app enrolled on her phone"),
        ["event.app.revoked"] = ("App de pánico dada de baja", "Panic app revoked"),
        ["event.retention.tracks_purged"] = ("Recorridos eliminados según el plazo de conservación de la jurisdicción", "Tracks deleted as the jurisdiction's retention period requires"),
        ["event.retention.anonymised"] = ("Datos personales anonimizados según el plazo de conservación de la jurisdicción", "Personal data anonymised as the jurisdiction's retention period requires"),
    };
}
