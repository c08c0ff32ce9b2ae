using System.Globalization;
using Amparo.Domain.Cases;
using Amparo.Domain.Intake;
using Amparo.Domain.Notices;
using Amparo.Server.Console.Text;

namespace Amparo.Server.Notices;

/// <summary>The Spanish words and dates of what Amparo sends to courts and institutions, whatever the user's language.</summary>
internal static class NoticeWords
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("es-PE");

    /// <summary>"4 de diciembre de 2026".</summary>
    public static string LongDate(DateOnly date) => date.ToString("d 'de' MMMM 'de' yyyy", Culture);

    /// <summary>"04/12/2026".</summary>
    public static string ShortDate(DateOnly date) => date.ToString("dd/MM/yyyy", Culture);

    /// <summary>"04/12/2026 14:05".</summary>
    public static string DateTime(DateTime local) => local.ToString("dd/MM/yyyy HH:mm", Culture);

    /// <summary>"04/12/2026 14:05:09".</summary>
    public static string Precise(DateTime local) => local.ToString("dd/MM/yyyy HH:mm:ss", Culture);

    public static string Metres(double metres) => string.Create(Culture, $"{metres:N0} metros lineales");

    public static string Measure(ProtectionMeasureType type) => UiText.Es("measure." + type);

    /// <summary>The recipient as seed 002 names it.</summary>
    public static string Recipient(NoticeRecipient recipient) => recipient switch
    {
        NoticeRecipient.GenderArea => "Área de Género municipal",
        NoticeRecipient.MasculinitiesProgramme => "Dispositivo socioeducativo para el trabajo de masculinidades",
        NoticeRecipient.PoliceHeadquarters => "Jefatura Departamental de Policía",
        NoticeRecipient.MonitoringCentre => "Dirección de Violencia de la Subdirección General de Supervisión Electrónica",
        NoticeRecipient.ProgrammeCoordination => "Dirección de Enlace Territorial en Situaciones de Alto Riesgo y Casos Críticos",
        NoticeRecipient.GenderPolicySuperintendence => "Superintendencia de Políticas de Género",
    };

    public static string OrderKind(JudicialOrderKind kind) => kind switch
    {
        JudicialOrderKind.Initial => "orden inicial",
        JudicialOrderKind.Extension => "prórroga",
        JudicialOrderKind.Variation => "variación de medidas",
        JudicialOrderKind.Cessation => "cese",
        JudicialOrderKind.Suspension => "suspensión",
        JudicialOrderKind.Reincorporation => "reincorporación",
    };

    public static string AddressKind(AddressKind kind) => kind switch
    {
        Domain.Intake.AddressKind.Home => "Domicilio",
        Domain.Intake.AddressKind.Work => "Trabajo",
        Domain.Intake.AddressKind.Study => "Estudios",
        Domain.Intake.AddressKind.Other => "Otro",
    };
}
