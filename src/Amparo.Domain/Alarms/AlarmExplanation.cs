using System.Globalization;
using Amparo.Domain.People;

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
        var whose = evidence.RaisedBy == PartyRole.Victim || (evidence.RaisedBy is null && evidence.Victim is not null && evidence.Aggressor is null);
        return Sentence(type, english, d, r, outer, zone, whose) + NoFixNote(evidence, english);
    }

    /// <summary>A device alarm sent without a usable fix: the operator must know the map shows an older position.</summary>
    private static string NoFixNote(AlarmEvidence evidence, bool english)
    {
        var lastKnown = evidence.RaisedBy == PartyRole.Victim ? evidence.Victim : evidence.Aggressor;
        return (evidence.FixIsLastKnown, lastKnown, english) switch
        {
            (false, _, _) => string.Empty,
            (true, null, false) => " El aviso llegó sin posición GPS y no hay posición anterior.",
            (true, null, true) => " The report came without a GPS fix and there is no earlier position.",
            (true, { } fix, false) => string.Create(CultureInfo.InvariantCulture, $" El aviso llegó sin posición GPS; se muestra la última conocida ({fix.FixTime:yyyy-MM-dd HH:mm} UTC)."),
            (true, { } fix, true) => string.Create(CultureInfo.InvariantCulture, $" The report came without a GPS fix; the last known position is shown ({fix.FixTime:yyyy-MM-dd HH:mm} UTC)."),
        };
    }

    private static string Sentence(AlarmType type, bool english, double d, double r, double outer, string zone, bool whose)
    {
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
            (AlarmType.Sos, false) => whose ? "La víctima pulsó el botón de pánico (SOS) de su dispositivo." : "Se pulsó el botón de pánico (SOS) del dispositivo del agresor.",
            (AlarmType.Sos, true) => whose ? "The victim pressed the panic (SOS) button of her device." : "The panic (SOS) button of the aggressor's device was pressed.",
            (AlarmType.StrapTamper, false) => "La tobillera o el rastreador del agresor informa manipulación o retiro.",
            (AlarmType.StrapTamper, true) => "The aggressor's bracelet or tracker reports tampering or removal.",
            (AlarmType.PowerCut, false) => whose ? "El dispositivo de la víctima perdió la alimentación." : "El dispositivo del agresor perdió la alimentación.",
            (AlarmType.PowerCut, true) => whose ? "The victim's device lost power." : "The aggressor's device lost power.",
            (AlarmType.LowBattery, false) => whose ? "Batería baja en el dispositivo de la víctima." : "Batería baja en el dispositivo del agresor.",
            (AlarmType.LowBattery, true) => whose ? "Low battery on the victim's device." : "Low battery on the aggressor's device.",
        };
    }

    public static string Spanish(AlarmType type, AlarmEvidence evidence) =>
        Format(type, evidence, CultureInfo.GetCultureInfo("es-PE"));
}
