namespace Amparo.Domain.Registries;

/// <summary>The columns of the registry of monitored situations, and the set a reader may get.</summary>
public static class MonitoredSituationColumns
{
    public static IReadOnlyList<RegistryColumn<MonitoredSituationRow>> All { get; } =
    [
        new("Expediente", "File number", false, r => r.FileNumber),
        new("Juzgado", "Court", false, r => r.Court),
        new("Jurisdicción", "Jurisdiction", false, r => r.Jurisdiction),
        new("Estado", "Status", false, r => r.Status),
        new("Fecha de la orden", "Ordered on", false, r => r.OrderedOn),
        new("Activación", "Activated at", false, r => r.ActivatedAt),
        new("Cierre", "Closed at", false, r => r.ClosedAt),
        new("Motivo de cierre", "Closure reason", false, r => r.ClosureReason),
        new("Perímetro (m)", "Perimeter (m)", false, r => r.PerimeterMetres),
        new("Instrumento de riesgo", "Risk instrument", false, r => r.RiskInstrument),
        new("Nivel de riesgo", "Risk level", false, r => r.RiskLevel),
        new("Fecha de valoración", "Risk assessed on", false, r => r.RiskAssessedOn),
        new("Consentimiento de la víctima", "Victim consent", false, r => r.VictimConsent),
        new("Medidas de protección", "Protection measures", false, r => r.Measures),
        new("Dispositivos instalados", "Devices installed", false, r => r.DevicesInstalled),
        new("Dispositivos desde", "Devices since", false, r => r.DevicesSince),
        new("Alarmas por tipo", "Alarms by type", false, r => r.AlarmsByType),
        new("Dependientes por categoría", "Dependants by category", false, r => r.DependantsByCategory),
        new("Red de soporte de dependientes", "Dependants' support network", false, r => r.DependantsSupportNetwork),
        new("Nombre de la víctima", "Victim name", true, r => r.VictimName),
        new("Documento de la víctima", "Victim document", true, r => r.VictimDocument),
    ];

    /// <summary>The victim's identity goes only to those who may read her data.</summary>
    public static IReadOnlyList<RegistryColumn<MonitoredSituationRow>> For(bool seesVictimData) =>
        All.Where(c => seesVictimData || !c.VictimData).ToList();
}
