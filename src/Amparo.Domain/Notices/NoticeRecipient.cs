namespace Amparo.Domain.Notices;

/// <summary>
/// The six bodies the court must notify by judicial notice (oficio) when it orders the dual devices
/// (seed 002, point 4, letters A–F, in that order). Stored by name; <see cref="NoticeRecipients.Letter"/> gives the letter.
/// </summary>
public enum NoticeRecipient
{
    /// <summary>A) Área de Género municipal: accompanies her and keeps the devices in the territory.</summary>
    GenderArea,

    /// <summary>B) Dispositivo socioeducativo para el trabajo de masculinidades: the aggressor's mandatory attendance.</summary>
    MasculinitiesProgramme,

    /// <summary>C) Jefatura Departamental de Policía: locates the aggressor, hands over the tracker and fits the bracelet.</summary>
    PoliceHeadquarters,

    /// <summary>D) Dirección de Violencia de la Subdirección General de Supervisión Electrónica: activates and monitors.</summary>
    MonitoringCentre,

    /// <summary>E) Dirección de Enlace Territorial en Situaciones de Alto Riesgo y Casos Críticos: coordinates the programme.</summary>
    ProgrammeCoordination,

    /// <summary>F) Superintendencia de Políticas de Género (Ministerio de Seguridad): takes note.</summary>
    GenderPolicySuperintendence,
}
