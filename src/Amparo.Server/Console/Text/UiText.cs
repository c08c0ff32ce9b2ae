using System.Globalization;

namespace Amparo.Server.Console.Text;

/// <summary>The console's words in Spanish (default) and English, side by side so neither falls behind.</summary>
public static class UiText
{
    private static readonly Dictionary<string, (string Es, string En)> CoreWords = new(StringComparer.Ordinal)
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
        ["alarm.open"] = ("Abrir", "Open"),
        ["alarm.not_found"] = ("Alarma no encontrada o fuera de su jurisdicción.", "Alarm not found or outside your jurisdiction."),
        ["alarm.claimed_by"] = ("Tomada por", "Claimed by"),
        ["alarm.unclaimed"] = ("Sin tomar", "Not claimed"),
        ["alarm.case"] = ("Expediente", "File"),
        ["alarm.claim_first"] = ("Tome la alarma para registrar pasos y llamadas.", "Claim the alarm to record steps and calls."),
        ["alarm.refused"] = ("No se pudo registrar: la alarma cambió o el dato no corresponde.", "Could not record it: the alarm changed or the data does not match."),
        ["protocol.title"] = ("Protocolo de respuesta", "Response protocol"),
        ["protocol.custom"] = ("protocolo del centro", "centre's protocol"),
        ["protocol.optional"] = ("opcional", "optional"),
        ["protocol.pending"] = ("Pendiente", "Pending"),
        ["protocol.note"] = ("Nota (opcional)", "Note (optional)"),
        ["step.Done"] = ("Hecho", "Done"),
        ["step.NotPossible"] = ("No fue posible", "Not possible"),
        ["step.NotApplicable"] = ("No corresponde", "Not applicable"),
        ["contacts.title"] = ("Contactos", "Contacts"),
        ["contacts.trusted"] = ("Contacto de confianza", "Trusted contact"),
        ["contacts.none"] = ("Sin teléfonos registrados.", "No phones on record."),
        ["contacts.log"] = ("Registrar llamada", "Log call"),
        ["call.Answered"] = ("Atendió", "Answered"),
        ["call.NoAnswer"] = ("No atendió", "No answer"),
        ["call.Busy"] = ("Ocupado", "Busy"),
        ["call.Unreachable"] = ("Fuera de servicio", "Unreachable"),
        ["call.WrongNumber"] = ("Número equivocado", "Wrong number"),
        ["call.Voicemail"] = ("Buzón de voz", "Voicemail"),
        ["party.victim"] = ("Víctima", "Victim"),
        ["party.aggressor"] = ("Agresor", "Aggressor"),
        ["party.contact"] = ("Contacto", "Contact"),
        ["record.title"] = ("Registro escrito", "Written record"),
        ["record.empty"] = ("Sin acciones todavía.", "No actions yet."),
        ["action.Claimed"] = ("Tomada", "Claimed"),
        ["action.Acknowledged"] = ("Reconocida", "Acknowledged"),
        ["action.Resolved"] = ("Cerrada", "Resolved"),
        ["action.Note"] = ("Nota", "Note"),
        ["action.Cleared"] = ("Condición terminada", "Condition ended"),
        ["action.Escalated"] = ("Escalada", "Escalated"),
        ["action.StepRecorded"] = ("Paso", "Step"),
        ["action.CallAttempt"] = ("Llamada", "Call"),
        ["action.Police"] = ("Policía", "Police"),
        ["map.aggressor"] = ("Agresor", "Aggressor"),
        ["map.victim"] = ("Víctima", "Victim"),
        ["map.no_tiles"] = ("Mapa sin teselas: zonas y posiciones sobre fondo liso.", "Map without tiles: zones and positions on a plain background."),
        ["map.layer_aggressors"] = ("Agresores", "Aggressors"),
        ["map.layer_victims"] = ("Víctimas", "Victims"),
        ["map.layer_zones"] = ("Zonas", "Zones"),
        ["map.layer_police"] = ("Policía", "Police"),
        ["map.layer_alarms"] = ("Alarmas abiertas", "Open alarms"),
        ["desk.open"] = ("Abiertas", "Open"),
        ["desk.unclaimed"] = ("Sin tomar", "Unclaimed"),
        ["desk.critical"] = ("Críticas", "Critical"),
        ["desk.late"] = ("Fuera de 40 s", "Past 40 s"),
        ["desk.waited"] = ("Espera", "Waited"),
        ["desk.sound_breach"] = ("Incumplimientos (siempre suenan)", "Breaches (always sound)"),
        ["desk.sound_warning"] = ("Avisos", "Warnings"),
        ["desk.sound_technical"] = ("Técnicas", "Technical"),
        ["desk.sounds"] = ("Sonidos de este puesto", "Sounds at this desk"),
        ["desk.shortcuts"] = ("Atajos: N tomar la siguiente · J/K elegir · A reconocer · R cerrar · O abrir alarma · C abrir caso · Esc cancelar",
            "Shortcuts: N claim next · J/K select · A acknowledge · R resolve · O open alarm · C open case · Esc cancel"),
        ["nav.supervision"] = ("Supervisión", "Supervision"),
        ["supervision.title"] = ("Supervisión del centro", "Centre supervision"),
        ["supervision.period"] = ("Período", "Period"),
        ["supervision.last_24h"] = ("Últimas 24 horas", "Last 24 hours"),
        ["supervision.last_7d"] = ("Últimos 7 días", "Last 7 days"),
        ["supervision.last_30d"] = ("Últimos 30 días", "Last 30 days"),
        ["supervision.within_10"] = ("tomadas en 10 s", "claimed within 10 s"),
        ["supervision.within_40"] = ("tomadas en 40 s", "claimed within 40 s"),
        ["supervision.target"] = ("meta BS 8484", "BS 8484 target"),
        ["supervision.alarms"] = ("alarmas", "alarms"),
        ["supervision.by_hour"] = ("Alarmas por tipo y hora", "Alarms per type and hour"),
        ["supervision.false_by_type"] = ("Falsas alarmas por tipo", "False alarms by type"),
        ["supervision.false_by_model"] = ("Falsas alarmas por modelo de dispositivo", "False alarms by device model"),
        ["supervision.operators"] = ("Carga por operador", "Operator load"),
        ["supervision.operator"] = ("Operador", "Operator"),
        ["supervision.claimed"] = ("Tomadas", "Claimed"),
        ["supervision.resolved"] = ("Cerradas", "Resolved"),
        ["supervision.false"] = ("Falsas", "False"),
        ["supervision.device_fault"] = ("Falla de dispositivo", "Device fault"),
        ["supervision.mean_claim"] = ("Tiempo medio a tomar", "Mean time to claim"),
        ["supervision.mean_ack"] = ("a reconocer", "to acknowledge"),
        ["supervision.mean_resolve"] = ("a cerrar", "to resolve"),
        ["nav.handover"] = ("Turno", "Shift"),
        ["handover.title"] = ("Cambio de turno", "Shift handover"),
        ["handover.refresh"] = ("Actualizar", "Refresh"),
        ["handover.on_duty"] = ("En servicio ahora", "On duty now"),
        ["handover.since"] = ("desde", "since"),
        ["handover.open_alarms"] = ("Alarmas abiertas que recibe el turno", "Open alarms the shift inherits"),
        ["handover.alarm"] = ("Alarma", "Alarm"),
        ["handover.case"] = ("Expediente", "Case file"),
        ["handover.state"] = ("Estado", "State"),
        ["handover.done"] = ("Lo hecho y anotado", "Done and noted"),
        ["handover.notes"] = ("Notas de entrega (últimas 24 h)", "Handover notes (last 24 h)"),
        ["handover.placeholder"] = ("Qué debe saber el próximo turno: casos a vigilar, llamadas pendientes, dispositivos con fallas…", "What the next shift must know: cases to watch, calls pending, faulty devices…"),
        ["handover.add"] = ("Dejar nota", "Leave note"),
        ["handover.empty"] = ("Escriba la nota antes de dejarla.", "Write the note before leaving it."),
        ["desk.nothing_to_claim"] = ("No hay alarmas sin tomar.", "No unclaimed alarms."),
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
        ["case.alarms"] = ("Alarmas del caso", "Case alarms"),
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
        ["alarm.held_by"] = ("La tiene {0}: solo quien la tomó, o supervisión, actúa sobre ella.", "{0} holds it: only whoever claimed it, or a supervisor, acts on it."),
        ["common.minutes_ago"] = ("hace {0} min", "{0} min ago"),
        ["common.seconds_ago"] = ("hace {0} s", "{0} s ago"),
        ["common.hours_ago"] = ("hace {0} h", "{0} h ago"),
        ["common.days_ago"] = ("hace {0} días", "{0} days ago"),
    };

    // Declared after CoreWords: static fields initialise in the order they are written.
    private static readonly Dictionary<string, (string Es, string En)> Words = Combine(
        CoreWords,
        CasePageWords.All,
        ProtocolEditorWords.All,
        ContactEditorWords.All,
        DispatchClaimWords.All,
        IntakeWords.All,
        RecordWords.All,
        FollowUpWords.All,
        NoticeConsoleWords.All,
        FieldConsoleWords.All,
        AppWords.All,
        SignInWords.All,
        CitizenWords.All,
        StatisticsWords.All);

    private static Dictionary<string, (string Es, string En)> Combine(params IReadOnlyDictionary<string, (string Es, string En)>[] parts)
    {
        var all = new Dictionary<string, (string Es, string En)>(StringComparer.Ordinal);
        foreach (var (key, words) in parts.SelectMany(p => p))
        {
            if (!all.TryAdd(key, words))
            {
                throw new InvalidOperationException($"The console word '{key}' is defined twice.");
            }
        }

        return all;
    }

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string T(string key) =>
        Words.TryGetValue(key, out var w) ? (IsEnglish ? w.En : w.Es) : key;

    /// <summary>The words in the language asked for, whatever the user's: for a document made in Spanish or English.</summary>
    public static string In(bool english, string key) => Words.TryGetValue(key, out var w) ? (english ? w.En : w.Es) : key;

    public static string In(bool english, string key, params object[] arguments) =>
        string.Format(CultureInfo.GetCultureInfo(english ? "en-GB" : "es-PE"), In(english, key), arguments);

    /// <summary>The Spanish words whatever the user's language: for what leaves the centre (CAP alerts to the 911 centre).</summary>
    public static string Es(string key) => Words.TryGetValue(key, out var w) ? w.Es : key;

    public static string T(string key, object argument) =>
        string.Format(CultureInfo.CurrentCulture, T(key), argument);

    public static string Ago(DateTime utc, DateTime now)
    {
        var elapsed = now - utc;
        return elapsed.TotalSeconds < 120 ? T("common.seconds_ago", Math.Max(0, (int)elapsed.TotalSeconds))
            : elapsed.TotalMinutes < 120 ? T("common.minutes_ago", (int)elapsed.TotalMinutes)
            : elapsed.TotalHours < 48 ? T("common.hours_ago", (int)elapsed.TotalHours)
            : T("common.days_ago", (int)elapsed.TotalDays);
    }
}
