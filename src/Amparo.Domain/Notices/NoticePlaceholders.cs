namespace Amparo.Domain.Notices;

/// <summary>The placeholders a notice template may use, written <c>{{name}}</c> in it.</summary>
public static class NoticePlaceholders
{
    public const string Court = "juzgado";
    public const string Judge = "juez";
    public const string FileNumber = "expediente";
    public const string OrderDate = "orden.fecha";
    public const string OrderKind = "orden.tipo";
    public const string Perimeter = "perimetro";

    /// <summary>One line per measure, "- " first, with its dates.</summary>
    public const string Measures = "medidas";
    public const string Addressee = "destinatario";
    public const string AggressorName = "agresor.nombre";
    public const string AggressorDocument = "agresor.documento";

    /// <summary>One line per current address of his, "- " first.</summary>
    public const string AggressorAddresses = "agresor.domicilios";
    public const string VictimName = "victima.nombre";

    /// <summary>One line per current address of hers, "- " first.</summary>
    public const string VictimAddresses = "victima.domicilios";

    public static IReadOnlyList<string> All { get; } =
    [
        Court, Judge, FileNumber, OrderDate, OrderKind, Perimeter, Measures, Addressee,
        AggressorName, AggressorDocument, AggressorAddresses, VictimName, VictimAddresses,
    ];
}
