namespace Amparo.Server.Console.Text;

/// <summary>The words of the question asked before a victim's data is shown to someone outside the monitoring centre.</summary>
internal static class ReasonWords
{
    public static readonly IReadOnlyDictionary<string, (string Es, string En)> All = new Dictionary<string, (string Es, string En)>(StringComparer.Ordinal)
    {
        ["reason.title"] = ("Motivo de la consulta", "Reason for this consultation"),
        ["reason.help"] = ("Esta página muestra datos de la víctima. Su rol los consulta fuera del centro de monitoreo: indique por qué (el expediente, la audiencia o la diligencia). El motivo, su usuario, la hora y el lugar de conexión quedan en la auditoría.",
            "This page shows the victim's data. Your role reads it outside the monitoring centre: say why (the file, the hearing or the proceeding). The reason, your user, the time and where you connect from are kept in the audit."),
        ["reason.label"] = ("Motivo", "Reason"),
        ["reason.continue"] = ("Ver los datos", "Show the data"),
        ["reason.too_short"] = ("Escriba un motivo de al menos {0} caracteres.", "Write a reason of at least {0} characters."),
        ["registries.reason_help"] = ("El registro nombra a cada víctima: escriba por qué lo descarga (al menos 5 caracteres); el motivo queda con la descarga en la auditoría.",
            "The registry names every victim: write why you download it (at least 5 characters); the reason is kept with the download in the audit."),
        ["reason.loading"] = ("Cargando…", "Loading…"),
    };
}
