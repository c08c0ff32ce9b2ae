namespace Amparo.Server.Console.Text;

/// <summary>The words of follow-up: check-in calls, police rounds and reassessments by risk level.</summary>
internal static class FollowUpWords
{
    public static readonly IReadOnlyDictionary<string, (string Es, string En)> All = new Dictionary<string, (string Es, string En)>(StringComparer.Ordinal)
    {
        ["nav.followup"] = ("Seguimiento", "Follow-up"),
        ["followup.title"] = ("Seguimiento según el riesgo", "Follow-up by risk level"),
        ["followup.no_plan"] = ("Sin evaluación de riesgo: no hay plan de seguimiento.", "No risk assessment: no follow-up plan."),
        ["followup.plan_calls"] = ("llamada de control cada {0} h", "check-in call every {0} h"),
        ["followup.plan_rounds"] = ("{0} rondas policiales por semana", "{0} police rounds a week"),
        ["followup.plan_reassess"] = ("reevaluar el {0}", "reassess on {0}"),
        ["followup.clear"] = ("Al día: nada pendiente.", "Up to date: nothing owed."),
        ["followup.due_call"] = ("Llamada de control pendiente (vencida {0})", "Check-in call owed (due {0})"),
        ["followup.due_rounds"] = ("Faltan {0} rondas en los últimos 7 días", "{0} rounds missing in the last 7 days"),
        ["followup.due_reassessment"] = ("Reevaluar el riesgo (desde el {0})", "Reassess the risk (since {0})"),
        ["followup.note"] = ("Nota", "Note"),
        ["followup.call_reached"] = ("Llamada: se habló con ella", "Call: she was reached"),
        ["followup.call_no_answer"] = ("Llamada: no respondió", "Call: no answer"),
        ["followup.round_done"] = ("Ronda realizada", "Round done"),
        ["followup.round_nobody"] = ("Ronda: nadie en casa", "Round: nobody home"),
        ["followup.recorded"] = ("Seguimiento registrado.", "Follow-up recorded."),
        ["followup.outcome.Reached"] = ("Llamada: se habló con ella", "Call: reached"),
        ["followup.outcome.NoAnswer"] = ("Llamada: no respondió", "Call: no answer"),
        ["followup.outcome.Done"] = ("Ronda realizada", "Round done"),
        ["followup.outcome.NobodyHome"] = ("Ronda: nadie en casa", "Round: nobody home"),
        ["followup.worklist"] = ("Seguimiento pendiente", "Follow-up owed"),
        ["followup.worklist_help"] = ("Casos activos que deben una llamada de control, rondas policiales o una reevaluación del riesgo según su nivel; primero los más atrasados.", "Active cases owing a check-in call, police rounds or a risk reassessment by their level; longest overdue first."),
        ["followup.worklist_empty"] = ("Ningún caso tiene seguimiento pendiente.", "No case owes a follow-up."),
        ["followup.case"] = ("Caso", "Case"),
        ["followup.level"] = ("Riesgo", "Risk"),
        ["followup.owed"] = ("Pendiente", "Owed"),
        ["event.risk.reassessment_due"] = ("Corresponde reevaluar el riesgo", "Risk reassessment due"),
        ["event.followup.call"] = ("Llamada de control", "Check-in call"),
        ["event.followup.round"] = ("Ronda policial", "Police round"),
    };
}
