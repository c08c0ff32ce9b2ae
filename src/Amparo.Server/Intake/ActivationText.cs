using System.Globalization;
using Amparo.Domain.Intake;

namespace Amparo.Server.Intake;

/// <summary>The activation check's findings and proposals in the user's language (Spanish unless English is chosen).</summary>
public static class ActivationText
{
    public static string Describe(ActivationFinding finding, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var english = IsEnglish(culture);
        var place = finding.AddressLabel ?? string.Empty;
        var distance = Metres(finding.DistanceMetres, culture);
        var limit = Metres(finding.LimitMetres, culture);
        return finding.Block switch
        {
            ActivationBlock.NoOrderInForce => english
                ? "No judicial order for electronic surveillance is in force: only an order activates monitoring."
                : "No hay una orden judicial de vigilancia electrónica vigente: solo una orden activa el monitoreo.",
            ActivationBlock.NoRiskAssessment => english ? "No risk assessment has been recorded." : "No se registró ninguna evaluación de riesgo.",
            ActivationBlock.RiskBelowThreshold => english
                ? "The latest risk assessment is not high: the programme is for high-risk situations."
                : "La última evaluación de riesgo no es alta: el programa es para situaciones de alto riesgo.",
            ActivationBlock.ConsentPending => english
                ? "The victim's informed decision on carrying her device is not recorded yet."
                : "Falta registrar la decisión informada de la víctima sobre portar su dispositivo.",
            ActivationBlock.PerimeterBelowMinimum => english
                ? $"The ordered perimeter ({distance} m) is below the minimum of {limit} m."
                : $"El perímetro ordenado ({distance} m) es menor que el mínimo de {limit} m.",
            ActivationBlock.NoVictimHome => english ? "The victim's home address is missing." : "Falta el domicilio de la víctima.",
            ActivationBlock.AddressNotConfirmed => english
                ? $"The address «{place}» has not been confirmed on the map."
                : $"La dirección «{place}» no fue confirmada en el mapa.",
            ActivationBlock.CoverageNotReported => english
                ? $"There is no signal report for «{place}»."
                : $"Falta el informe de señal de «{place}».",
            ActivationBlock.NoCoverage => english
                ? $"The devices have no signal at «{place}»."
                : $"Los dispositivos no tienen señal en «{place}».",
            ActivationBlock.NoAggressorAddress => english ? "The aggressor's address is missing." : "Falta el domicilio del agresor.",
            ActivationBlock.AggressorInsidePerimeter => english
                ? $"The aggressor's address «{place}» is {distance} m from a protected place, inside the {limit} m perimeter."
                : $"El domicilio del agresor «{place}» está a {distance} m de un lugar protegido, dentro del perímetro de {limit} m.",
            _ => finding.Block.ToString(),
        };
    }

    public static string Describe(ActivationProposal proposal, CultureInfo culture) => (proposal, IsEnglish(culture)) switch
    {
        (ActivationProposal.Relocation, true) => "Ask the court to fix the aggressor an address outside the perimeter.",
        (ActivationProposal.Relocation, false) => "Solicitar al juzgado que fije al agresor un domicilio fuera del perímetro.",
        (ActivationProposal.ExclusionFromHome, true) => "Ask the court for the aggressor's exclusion from the shared home (Law 30364, art. 22.1).",
        (ActivationProposal.ExclusionFromHome, false) => "Solicitar al juzgado la exclusión del agresor del hogar que comparten (Ley 30364, art. 22.1).",
        _ => proposal.ToString(),
    };

    private static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    private static string Metres(double? value, CultureInfo culture) => value is { } v ? v.ToString("#,0", culture) : "?";
}
