namespace Amparo.Server.Console.Text;

/// <summary>The words of the victim's panic-button app on the case's timeline.</summary>
internal static class AppWords
{
    public static readonly IReadOnlyDictionary<string, (string Es, string En)> All = new Dictionary<string, (string Es, string En)>(StringComparer.Ordinal)
    {
        ["event.app.code_issued"] = ("Código de inscripción de la app entregado", "App enrolment code issued"),
        ["event.app.enrolled"] = ("App de pánico inscrita en su teléfono", "Panic app enrolled on her phone"),
        ["event.app.revoked"] = ("App de pánico dada de baja", "Panic app revoked"),
    };
}
