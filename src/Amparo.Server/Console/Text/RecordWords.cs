namespace Amparo.Server.Console.Text;

/// <summary>The words of a case's file: the court's decisions and the court's queue of terms ending.</summary>
internal static class RecordWords
{
    public static readonly IReadOnlyDictionary<string, (string Es, string En)> All = new Dictionary<string, (string Es, string En)>(StringComparer.Ordinal)
    {
        ["record.file"] = ("Expediente", "Case file"),
        ["record.open"] = ("Expediente", "Case file"),
        ["record.orders"] = ("Órdenes del juzgado", "Court orders"),
        ["record.order_kind"] = ("Decisión", "Decision"),
        ["record.order_detail"] = ("Detalle", "Detail"),
        ["order.Initial"] = ("Orden inicial", "Initial order"),
        ["order.Extension"] = ("Prórroga", "Extension"),
        ["order.Variation"] = ("Variación", "Variation"),
        ["order.Cessation"] = ("Cese", "Cessation"),
        ["order.Suspension"] = ("Suspensión (prisión preventiva)", "Suspension (preventive prison)"),
        ["order.Reincorporation"] = ("Reincorporación", "Reincorporation"),
    };
}
