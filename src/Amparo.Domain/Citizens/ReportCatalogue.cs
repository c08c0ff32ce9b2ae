namespace Amparo.Domain.Citizens;

/// <summary>
/// What a citizen can report from the app: emergencies (crimes and incidents in progress) and failures of public
/// services, each with the area that answers it by default.
/// </summary>
public static class ReportCatalogue
{
    public static IReadOnlyList<ReportCategory> All { get; } =
    [
        new("robo", ReportQueue.Emergency, "Robo", "Robbery", "seguridad"),
        new("asalto", ReportQueue.Emergency, "Asalto o agresión", "Assault", "seguridad"),
        new("violencia-familiar", ReportQueue.Emergency, "Violencia familiar en curso", "Domestic violence in progress", "mujer"),
        new("persona-desaparecida", ReportQueue.Emergency, "Persona desaparecida", "Missing person", "seguridad"),
        new("rina", ReportQueue.Emergency, "Riña en la vía pública", "Street fight", "seguridad"),
        new("accidente", ReportQueue.Emergency, "Accidente de tránsito", "Traffic accident", "movilidad"),
        new("incendio", ReportQueue.Emergency, "Incendio", "Fire", "proteccion-civil"),
        new("alumbrado", ReportQueue.PublicService, "Luminaria apagada o dañada", "Street light out or broken", "alumbrado"),
        new("bache", ReportQueue.PublicService, "Bache", "Pothole", "obras"),
        new("basura", ReportQueue.PublicService, "Basura sin recoger", "Uncollected garbage", "limpia"),
        new("semaforo", ReportQueue.PublicService, "Semáforo dañado", "Broken traffic light", "movilidad"),
        new("fuga-agua", ReportQueue.PublicService, "Fuga de agua", "Water leak", "agua"),
        new("coladera", ReportQueue.PublicService, "Coladera o alcantarilla abierta", "Open drain or manhole", "obras"),
    ];

    public static ReportCategory? Find(string? code) => All.FirstOrDefault(c => c.Code == code);
}
