namespace Amparo.Domain.Citizens;

/// <summary>The municipal areas reports are routed to (Ixtapaluca's organisation, seed 003, in general terms).</summary>
public static class MunicipalAreas
{
    public static IReadOnlyList<MunicipalArea> All { get; } =
    [
        new("seguridad", "Seguridad Ciudadana", "Public Safety"),
        new("mujer", "Instancia Municipal de la Mujer", "Municipal Women's Office"),
        new("proteccion-civil", "Protección Civil y Bomberos", "Civil Protection and Fire Service"),
        new("alumbrado", "Alumbrado Público", "Street Lighting"),
        new("obras", "Obras Públicas (bacheo)", "Public Works (road repair)"),
        new("limpia", "Servicios Públicos (limpia y recolección)", "Public Services (cleaning and waste collection)"),
        new("movilidad", "Movilidad y Vialidad", "Traffic and Mobility"),
        new("agua", "Organismo de Agua Potable", "Water Utility"),
    ];

    public static MunicipalArea? Find(string? code) => All.FirstOrDefault(a => a.Code == code);
}
