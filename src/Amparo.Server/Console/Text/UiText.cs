using System.Globalization;

namespace Amparo.Server.Console.Text;

/// <summary>The console's words in Spanish (default) and English, side by side so neither falls behind.</summary>
public static class UiText
{
    private static readonly Dictionary<string, (string Es, string En)> Words = new(StringComparer.Ordinal)
    {
        ["app.title"] = ("Amparo — Centro de monitoreo", "Amparo — Monitoring centre"),
        ["nav.monitor"] = ("Monitoreo", "Monitoring"),
        ["nav.cases"] = ("Casos", "Cases"),
        ["nav.audit"] = ("Auditoría", "Audit"),
        ["nav.logout"] = ("Salir", "Sign out"),
        ["nav.language"] = ("English", "Español"),
        ["login.title"] = ("Ingreso al centro de monitoreo", "Monitoring centre sign-in"),
        ["login.user"] = ("Usuario", "User name"),
        ["login.password"] = ("Contraseña", "Password"),
        ["login.submit"] = ("Ingresar", "Sign in"),
        ["login.failed"] = ("Usuario o contraseña incorrectos.", "Wrong user name or password."),
        ["login.locked"] = ("Cuenta bloqueada por intentos fallidos; espere unos minutos.", "Account locked after failed attempts; wait a few minutes."),
        ["queue.title"] = ("Alarmas abiertas", "Open alarms"),
        ["queue.empty"] = ("No hay alarmas abiertas.", "No open alarms."),
        ["queue.claim"] = ("Tomar", "Claim"),
        ["queue.acknowledge"] = ("Reconocer", "Acknowledge"),
        ["queue.resolve"] = ("Cerrar", "Resolve"),
        ["queue.note"] = ("Nota de la acción (obligatoria)", "Action note (required)"),
        ["queue.confirm"] = ("Confirmar", "Confirm"),
        ["queue.cancel"] = ("Cancelar", "Cancel"),
        ["queue.note_required"] = ("Escriba qué hizo antes de confirmar.", "Write what you did before confirming."),
        ["queue.changed"] = ("Otra persona cambió la alarma; se recargó la lista.", "Someone else changed the alarm; the list was reloaded."),
        ["queue.raised"] = ("Alta", "Raised"),
        ["queue.repeats"] = ("repeticiones", "repeats"),
        ["queue.sound_on"] = ("Activar sonido", "Enable sound"),
        ["queue.sound_active"] = ("Sonido activo", "Sound on"),
        ["queue.by"] = ("por", "by"),
        ["state.New"] = ("Nueva", "New"),
        ["state.Claimed"] = ("Tomada", "Claimed"),
        ["state.Acknowledged"] = ("Reconocida", "Acknowledged"),
        ["state.Resolved"] = ("Cerrada", "Resolved"),
        ["queue.outcome"] = ("Resultado", "Outcome"),
        ["queue.escalated"] = ("Escalada a supervisión", "Escalated to supervisors"),
        ["queue.cleared"] = ("Condición terminada", "Condition ended"),
        ["outcome.real_breach"] = ("Incumplimiento real", "Real breach"),
        ["outcome.police_dispatched"] = ("Policía enviada", "Police dispatched"),
        ["outcome.device_fault"] = ("Falla del dispositivo", "Device fault"),
        ["outcome.false_alarm"] = ("Falsa alarma", "False alarm"),
        ["outcome.test"] = ("Prueba", "Test"),
        ["outcome.condition_cleared"] = ("Condición terminada", "Condition cleared"),
        ["type.zone_entry"] = ("Ingreso a zona", "Zone entry"),
        ["type.zone_pre_alert"] = ("Preaviso de zona", "Zone pre-alert"),
        ["type.proximity"] = ("Proximidad a la víctima", "Proximity to victim"),
        ["type.proximity_pre_alert"] = ("Preaviso de proximidad", "Proximity pre-alert"),
        ["type.panic"] = ("Botón de pánico (SOS)", "Panic button (SOS)"),
        ["type.strap_tamper"] = ("Correa de tobillera abierta", "Bracelet strap opened"),
        ["type.device_tamper"] = ("Manipulación del rastreador", "Tracker tampering"),
        ["type.approach_fast"] = ("Acercamiento rápido", "Fast approach"),
        ["type.curfew_breach"] = ("Incumplimiento de horario", "Curfew breach"),
        ["type.route_deviation"] = ("Desvío de ruta", "Route deviation"),
        ["type.bracelet_separation"] = ("Tobillera separada del rastreador", "Bracelet separated"),
        ["type.power_cut"] = ("Corte de alimentación", "Power cut"),
        ["type.low_battery"] = ("Batería baja", "Low battery"),
        ["type.critical_battery"] = ("Batería crítica", "Critical battery"),
        ["type.signal_loss"] = ("Sin señal del dispositivo", "Signal loss"),
        ["type.gps_loss"] = ("Sin posición GPS", "GPS loss"),
        ["type.victim_device_silent"] = ("Dispositivo de la víctima sin señal", "Victim's device silent"),
        ["map.aggressor"] = ("Agresor", "Aggressor"),
        ["map.victim"] = ("Víctima", "Victim"),
        ["map.no_tiles"] = ("Mapa sin teselas: zonas y posiciones sobre fondo liso.", "Map without tiles: zones and positions on a plain background."),
        ["kind.AggressorTracker"] = ("Rastreador del agresor", "Aggressor tracker"),
        ["kind.Bracelet"] = ("Tobillera", "Ankle bracelet"),
        ["kind.VictimTracker"] = ("Rastreador de la víctima", "Victim tracker"),
        ["kind.Phone"] = ("Teléfono", "Phone"),
        ["status.Ordered"] = ("Ordenado", "Ordered"),
        ["status.Active"] = ("Activo", "Active"),
        ["status.Suspended"] = ("Suspendido", "Suspended"),
        ["status.Closed"] = ("Cerrado", "Closed"),
        ["cases.title"] = ("Casos monitoreados", "Monitored cases"),
        ["cases.file"] = ("Expediente", "File"),
        ["cases.court"] = ("Juzgado", "Court"),
        ["cases.status"] = ("Estado", "Status"),
        ["cases.jurisdiction"] = ("Jurisdicción", "Jurisdiction"),
        ["cases.open_alarms"] = ("Alarmas abiertas", "Open alarms"),
        ["case.zones"] = ("Zonas", "Zones"),
        ["case.parties"] = ("Partes", "Parties"),
        ["case.alarms"] = ("Alarmas del caso", "Case alarms"),
        ["case.track_hours"] = ("Recorridos de las últimas 24 h", "Tracks of the last 24 h"),
        ["case.not_found"] = ("Caso no encontrado o fuera de su jurisdicción.", "Case not found or outside your jurisdiction."),
        ["audit.title"] = ("Registro de auditoría", "Audit log"),
        ["audit.when"] = ("Cuándo", "When"),
        ["audit.who"] = ("Quién", "Who"),
        ["audit.what"] = ("Qué", "What"),
        ["audit.subject"] = ("Sobre", "Subject"),
        ["audit.details"] = ("Detalle", "Details"),
        ["audit.from"] = ("Desde", "From"),
        ["dispatch.title"] = ("Solicitud a la policía (911)", "Police request (911)"),
        ["dispatch.no_alarm"] = ("Alarma no encontrada o fuera de su jurisdicción.", "Alarm not found or outside your jurisdiction."),
        ["dispatch.exercise"] = ("Simulacro", "Exercise"),
        ["dispatch.radius"] = ("Radio", "Radius"),
        ["dispatch.note"] = ("Nota", "Note"),
        ["dispatch.create"] = ("Pedir policía", "Request police"),
        ["dispatch.send"] = ("Enviar al 911", "Send to 911"),
        ["dispatch.no_endpoint"] = ("No hay destino 911 configurado: descargue el archivo CAP.", "No 911 endpoint configured: download the CAP file."),
        ["dispatch.record"] = ("Registrar estado", "Record status"),
        ["dispatch.download_cap"] = ("Descargar CAP", "Download CAP"),
        ["dispatch.units"] = ("Unidades policiales más cercanas", "Nearest police units"),
        ["dispatch.no_units"] = ("No hay unidades disponibles con posición.", "No available units with a position."),
        ["dispatch.reported"] = ("posición", "position"),
        ["dispatch.send_failed"] = ("El 911 no recibió la solicitud; vea el motivo en el historial y reintente.", "911 did not take the request; see the reason in the history and retry."),
        ["dispatch.status.Created"] = ("Creada", "Created"),
        ["dispatch.status.Sent"] = ("Enviada", "Sent"),
        ["dispatch.status.SendFailed"] = ("Envío fallido", "Send failed"),
        ["dispatch.status.Accepted"] = ("Aceptada", "Accepted"),
        ["dispatch.status.Rejected"] = ("Rechazada", "Rejected"),
        ["dispatch.status.Dispatched"] = ("Unidad despachada", "Dispatched"),
        ["dispatch.status.OnScene"] = ("En el lugar", "On scene"),
        ["dispatch.status.Closed"] = ("Cerrada", "Closed"),
        ["dispatch.status.Cancelled"] = ("Anulada", "Cancelled"),
        ["dispatch.outcome.AlreadyThere"] = ("La solicitud ya tiene ese estado.", "The request already has that status."),
        ["dispatch.outcome.NotFound"] = ("Solicitud no encontrada.", "Request not found."),
        ["dispatch.outcome.AlarmClosed"] = ("La alarma está cerrada.", "The alarm is resolved."),
        ["dispatch.outcome.NoPosition"] = ("La alarma no tiene posición para enviar a la policía.", "The alarm has no position to send the police to."),
        ["dispatch.outcome.NotAllowed"] = ("Ese estado no puede seguir al actual.", "That status cannot follow the current one."),
        ["dispatch.outcome.ChangedMeanwhile"] = ("La solicitud cambió mientras tanto; se recargó.", "The request changed meanwhile; reloaded."),
        ["dispatch.outcome.NoEndpoint"] = ("No hay destino 911 configurado.", "No 911 endpoint configured."),
        ["common.minutes_ago"] = ("hace {0} min", "{0} min ago"),
        ["common.seconds_ago"] = ("hace {0} s", "{0} s ago"),
    };

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string T(string key) =>
        Words.TryGetValue(key, out var w) ? (IsEnglish ? w.En : w.Es) : key;

    /// <summary>The Spanish words whatever the user's language: for what leaves the centre (CAP alerts to the 911 centre).</summary>
    public static string Es(string key) => Words.TryGetValue(key, out var w) ? w.Es : key;

    public static string T(string key, object argument) =>
        string.Format(CultureInfo.CurrentCulture, T(key), argument);

    public static string Ago(DateTime utc, DateTime now)
    {
        var elapsed = now - utc;
        return elapsed.TotalSeconds < 120
            ? T("common.seconds_ago", Math.Max(0, (int)elapsed.TotalSeconds))
            : T("common.minutes_ago", (int)elapsed.TotalMinutes);
    }
}
