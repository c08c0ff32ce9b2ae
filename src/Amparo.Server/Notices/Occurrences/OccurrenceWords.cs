using Amparo.Data.Alarms;
using Amparo.Domain.Alarms;
using Amparo.Domain.Cases;
using Amparo.Server.Console.Text;

namespace Amparo.Server.Notices.Occurrences;

/// <summary>The Spanish words of the occurrences report: the console's own for alarms and police, and the timeline's kinds.</summary>
internal static class OccurrenceWords
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        [CaseEventKinds.OrderRegistered] = "Orden judicial registrada",
        [CaseEventKinds.OrderDocumentAttached] = "Orden adjuntada",
        [CaseEventKinds.AddressRecorded] = "Dirección registrada",
        [CaseEventKinds.AddressConfirmed] = "Dirección confirmada en el mapa",
        [CaseEventKinds.CoverageRecorded] = "Informe de señal registrado",
        [CaseEventKinds.ConsentRecorded] = "Decisión de la víctima registrada",
        [CaseEventKinds.RiskAssessed] = "Riesgo evaluado",
        [CaseEventKinds.ActivationRefused] = "Activación rechazada",
        [CaseEventKinds.Activated] = "Monitoreo activado",
        [CaseEventKinds.DeviceInstalled] = "Dispositivo instalado",
        [CaseEventKinds.DeviceRemoved] = "Dispositivo retirado",
        [CaseEventKinds.DeviceSwapped] = "Dispositivo reemplazado",
        [CaseEventKinds.ExpiryWarned] = "Aviso de vencimiento de la medida",
        [CaseEventKinds.Extended] = "Medida prorrogada",
        [CaseEventKinds.MeasureVaried] = "Medida variada",
        [CaseEventKinds.Suspended] = "Caso suspendido",
        [CaseEventKinds.Reincorporated] = "Caso reincorporado",
        [CaseEventKinds.CessationInterview] = "Entrevista por cese",
        [CaseEventKinds.Ceased] = "Cese de la medida",
        [CaseEventKinds.Closed] = "Caso cerrado",
        [CaseEventKinds.NoticeIssued] = "Oficio emitido",
        [CaseEventKinds.NoticeDelivered] = "Oficio entregado",
        [CaseEventKinds.NoticeAcknowledged] = "Acuse de recibo de oficio",
        [CaseEventKinds.ReportIssued] = "Informe emitido",
    };

    public static string Kind(string code) => Kinds.GetValueOrDefault(code, code);

    public static string AlarmType(AlarmType type) => UiText.Es("type." + AlarmTypeInfo.For(type).Code);

    public static string Priority(AlarmPriority priority) => priority switch
    {
        AlarmPriority.Critical => "crítica",
        AlarmPriority.High => "alta",
        AlarmPriority.Medium => "media",
        AlarmPriority.Low => "baja",
        _ => priority.ToString(),
    };

    public static string State(AlarmState state) => UiText.Es("state." + state);

    public static string Outcome(AlarmOutcome outcome) => UiText.Es("outcome." + AlarmOutcomeCodes.Code(outcome));

    public static string Action(AlarmActionKind kind) => UiText.Es("action." + kind);

    /// <summary>A step's or call's result in words when the console has them ("Atendió"), else as recorded.</summary>
    public static string Result(AlarmActionKind kind, string result)
    {
        var key = kind switch
        {
            AlarmActionKind.CallAttempt => "call." + result,
            AlarmActionKind.StepRecorded => "step." + result,
            AlarmActionKind.Police => "dispatch.status." + result,
            _ => result,
        };
        return UiText.Es(key) is var words && words != key ? words : result;
    }

    public static string PoliceStatus(Domain.Dispatch.DispatchStatus status) => UiText.Es("dispatch.status." + status);
}
