using System.Globalization;

namespace Amparo.Domain.Alarms;

/// <summary>The one-line explanation an operator reads, in Spanish (default) or English.</summary>
public static class AlarmExplanation
{
    public static string Format(AlarmType type, AlarmEvidence evidence, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(culture);
        var english = culture.TwoLetterISOLanguageName == "en";
        var d = Math.Round(evidence.DistanceMetres);
        var r = Math.Round(evidence.RadiusMetres);
        var outer = Math.Round(evidence.RadiusMetres + evidence.PreAlertBandMetres);
        var zone = evidence.ZoneName ?? string.Empty;
        var c = CultureInfo.InvariantCulture;
        return (type, english) switch
        {
            (AlarmType.ZoneEntry, false) => r > 0
                ? string.Create(c, $"El agresor ingresó a la zona «{zone}»: está a {d} m (radio {r} m).")
                : $"El agresor ingresó a la zona «{zone}».",
            (AlarmType.ZoneEntry, true) => r > 0
                ? string.Create(c, $"The aggressor entered the zone “{zone}”: {d} m away (radius {r} m).")
                : $"The aggressor entered the zone “{zone}”.",
            (AlarmType.ZonePreAlert, false) => string.Create(c, $"El agresor se acerca a la zona «{zone}»: está a {d} m (radio {r} m, preaviso a {outer} m)."),
            (AlarmType.ZonePreAlert, true) => string.Create(c, $"The aggressor is approaching the zone “{zone}”: {d} m away (radius {r} m, pre-alert at {outer} m)."),
            (AlarmType.Proximity, false) => string.Create(c, $"El agresor está a {d} m de la víctima (distancia ordenada {r} m)."),
            (AlarmType.Proximity, true) => string.Create(c, $"The aggressor is {d} m from the victim (ordered distance {r} m)."),
            (AlarmType.ProximityPreAlert, false) => string.Create(c, $"El agresor se acerca a la víctima: está a {d} m (distancia ordenada {r} m, preaviso a {outer} m)."),
            (AlarmType.ProximityPreAlert, true) => string.Create(c, $"The aggressor is approaching the victim: {d} m away (ordered distance {r} m, pre-alert at {outer} m)."),
        };
    }

    public static string Spanish(AlarmType type, AlarmEvidence evidence) =>
        Format(type, evidence, CultureInfo.GetCultureInfo("es-PE"));
}
