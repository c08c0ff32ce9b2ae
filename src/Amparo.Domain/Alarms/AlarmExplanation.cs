using System.Globalization;
using Amparo.Domain.People;

namespace Amparo.Domain.Alarms;

/// <summary>The one-line explanation an operator or a judge reads, in Spanish (default) or English.</summary>
public static class AlarmExplanation
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Format(AlarmType type, AlarmEvidence evidence, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(culture);
        var english = culture.TwoLetterISOLanguageName == "en";
        var text = new Facts(evidence, english);
        return Sentence(type, text, english) + NoFixNote(evidence, english);
    }

    public static string Spanish(AlarmType type, AlarmEvidence evidence) =>
        Format(type, evidence, CultureInfo.GetCultureInfo("es-PE"));

    private static string Sentence(AlarmType type, Facts f, bool en) => (type, en) switch
    {
        (AlarmType.ZoneEntry, false) => f.R > 0 ? I($"El agresor ingresó a la zona «{f.Zone}»: está a {f.D} m (radio {f.R} m).") : $"El agresor ingresó a la zona «{f.Zone}».",
        (AlarmType.ZoneEntry, true) => f.R > 0 ? I($"The aggressor entered the zone “{f.Zone}”: {f.D} m away (radius {f.R} m).") : $"The aggressor entered the zone “{f.Zone}”.",
        (AlarmType.ZonePreAlert, false) => I($"El agresor se acerca a la zona «{f.Zone}»: está a {f.D} m (radio {f.R} m, preaviso a {f.Outer} m)."),
        (AlarmType.ZonePreAlert, true) => I($"The aggressor is approaching the zone “{f.Zone}”: {f.D} m away (radius {f.R} m, pre-alert at {f.Outer} m)."),
        (AlarmType.Proximity, false) => I($"El agresor está a {f.D} m de la víctima (distancia ordenada {f.R} m)."),
        (AlarmType.Proximity, true) => I($"The aggressor is {f.D} m from the victim (ordered distance {f.R} m)."),
        (AlarmType.ProximityPreAlert, false) => I($"El agresor se acerca a la víctima: está a {f.D} m (distancia ordenada {f.R} m, preaviso a {f.Outer} m)."),
        (AlarmType.ProximityPreAlert, true) => I($"The aggressor is approaching the victim: {f.D} m away (ordered distance {f.R} m, pre-alert at {f.Outer} m)."),
        (AlarmType.ApproachFast, false) => I($"El agresor se acerca rápido a {f.Target}: a {f.D} m, a {f.Kmh} km/h; llegaría en unos {f.Minutes} min."),
        (AlarmType.ApproachFast, true) => I($"The aggressor is closing fast on {f.Target}: {f.D} m away at {f.Kmh} km/h; he could arrive in about {f.Minutes} min."),
        (AlarmType.CurfewBreach, false) => I($"El agresor está fuera de «{f.Zone}» durante su horario obligatorio: a {f.D} m del límite."),
        (AlarmType.CurfewBreach, true) => I($"The aggressor is outside “{f.Zone}” during his mandatory hours: {f.D} m beyond the boundary."),
        (AlarmType.RouteDeviation, false) => I($"El agresor se salió de la ruta autorizada «{f.Zone}»: a {f.D} m del corredor."),
        (AlarmType.RouteDeviation, true) => I($"The aggressor left the authorised route “{f.Zone}”: {f.D} m off the corridor."),
        (AlarmType.Panic, false) => f.Victims ? "La víctima pulsó el botón de pánico (SOS) de su dispositivo." : "Se pulsó el botón de pánico (SOS) del dispositivo del agresor.",
        (AlarmType.Panic, true) => f.Victims ? "The victim pressed the panic (SOS) button of her device." : "The panic (SOS) button of the aggressor's device was pressed.",
        (AlarmType.StrapTamper, false) => "La tobillera del agresor informa que la correa fue abierta o cortada.",
        (AlarmType.StrapTamper, true) => "The aggressor's bracelet reports its strap opened or cut.",
        (AlarmType.DeviceTamper, false) => "El rastreador del agresor informa apertura de la carcasa o retiro.",
        (AlarmType.DeviceTamper, true) => "The aggressor's tracker reports its case opened or its removal.",
        (AlarmType.BraceletSeparation, false) => $"La tobillera está fuera del alcance del rastreador del agresor desde las {f.Since}.",
        (AlarmType.BraceletSeparation, true) => $"The bracelet has been out of range of the aggressor's tracker since {f.Since}.",
        (AlarmType.PowerCut, false) => $"El dispositivo {f.Whose} perdió la alimentación.",
        (AlarmType.PowerCut, true) => $"The {f.Whose} device lost power.",
        (AlarmType.LowBattery, false) => $"Batería baja en el dispositivo {f.Whose}{f.Battery}.",
        (AlarmType.LowBattery, true) => $"Low battery on the {f.Whose} device{f.Battery}.",
        (AlarmType.CriticalBattery, false) => $"Batería crítica en el dispositivo {f.Whose}{f.Battery}: se apagará pronto.",
        (AlarmType.CriticalBattery, true) => $"Critical battery on the {f.Whose} device{f.Battery}: it will shut down soon.",
        (AlarmType.SignalLoss, false) => $"El dispositivo {f.Whose} no informa desde las {f.Since}.",
        (AlarmType.SignalLoss, true) => $"The {f.Whose} device has not reported since {f.Since}.",
        (AlarmType.VictimDeviceSilent, false) => $"El dispositivo de la víctima no informa desde las {f.Since}: su zona móvil está ciega.",
        (AlarmType.VictimDeviceSilent, true) => $"The victim's device has not reported since {f.Since}: her moving zone is blind.",
        (AlarmType.GpsLoss, false) => $"El dispositivo {f.Whose} informa sin posición GPS desde las {f.Since}.",
        (AlarmType.GpsLoss, true) => $"The {f.Whose} device has reported without a GPS fix since {f.Since}.",
    };

    /// <summary>A device alarm sent without a usable fix: the operator must know the map shows an older position.</summary>
    private static string NoFixNote(AlarmEvidence evidence, bool english)
    {
        var lastKnown = evidence.RaisedBy == PartyRole.Victim ? evidence.Victim : evidence.Aggressor;
        return (evidence.FixIsLastKnown, lastKnown, english) switch
        {
            (false, _, _) => string.Empty,
            (true, null, false) => " El aviso llegó sin posición GPS y no hay posición anterior.",
            (true, null, true) => " The report came without a GPS fix and there is no earlier position.",
            (true, { } fix, false) => I($" El aviso llegó sin posición GPS; se muestra la última conocida ({fix.FixTime:yyyy-MM-dd HH:mm} UTC)."),
            (true, { } fix, true) => I($" The report came without a GPS fix; the last known position is shown ({fix.FixTime:yyyy-MM-dd HH:mm} UTC)."),
        };
    }

    private static string I(FormattableString text) => text.ToString(Invariant);

    /// <summary>The evidence's figures as the sentences print them.</summary>
    private readonly record struct Facts(AlarmEvidence E, bool English)
    {
        public double D => Math.Round(E.DistanceMetres);

        public double R => Math.Round(E.RadiusMetres);

        public double Outer => Math.Round(E.RadiusMetres + E.PreAlertBandMetres);

        public string Zone => E.ZoneName ?? string.Empty;

        public bool Victims => E.RaisedBy == PartyRole.Victim || (E.RaisedBy is null && E.Victim is not null && E.Aggressor is null);

        public string Whose => (Victims, English) switch
        {
            (true, false) => "de la víctima",
            (false, false) => "del agresor",
            (true, true) => "victim's",
            (false, true) => "aggressor's",
        };

        public string Target => E.ZoneName is { } zone ? (English ? $"the zone “{zone}”" : $"la zona «{zone}»") : (English ? "the victim" : "la víctima");

        public double Kmh => Math.Round((E.ClosingSpeedMps ?? 0) * 3.6);

        public double Minutes => Math.Max(1, Math.Round((E.SecondsToReach ?? 0) / 60));

        public string Since => E.Since is { } since ? since.ToString("HH:mm 'UTC' (yyyy-MM-dd)", Invariant) : "?";

        public string Battery => (E.BatteryPercent, E.HoursLeft, English) switch
        {
            (null, _, _) => string.Empty,
            ({ } p, { } h, false) => I($" ({p} %, quedan unas {Math.Round(h, 1)} h)"),
            ({ } p, { } h, true) => I($" ({p} %, about {Math.Round(h, 1)} h left)"),
            ({ } p, null, _) => I($" ({p} %)"),
        };
    }
}
