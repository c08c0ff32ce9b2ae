using Amparo.Domain.Alarms;
using static Amparo.Domain.Protocols.ProtocolStepKind;

namespace Amparo.Domain.Protocols;

/// <summary>
/// The protocols a centre starts with, after the Buenos Aires programme's protocol (seed 002): the operator calls the
/// victim or the aggressor as each event requires, and requests a police unit through 911 when the event puts her in
/// danger. A centre edits them to its own; these apply to any type it has not edited.
/// </summary>
public static class DefaultProtocols
{
    private static readonly ProtocolStep VictimSafe = new("call_victim", CallVictim,
        "Llamar a la víctima: confirmar que está a salvo y dónde está.", "Call the victim: confirm she is safe and where she is.");

    private static readonly ProtocolStep OrderAway = new("call_aggressor", CallAggressor,
        "Llamar al agresor: recordarle la medida y ordenarle que se retire.", "Call the aggressor: remind him of the order and tell him to leave.");

    private static readonly ProtocolStep Police = new("request_police", RequestPolice,
        "Solicitar un móvil policial por 911 con la última posición.", "Request a police unit through 911 with the last position.");

    private static readonly ProtocolStep Court = new("notify_court", NotifyCourt,
        "Informar al juzgado interviniente.", "Notify the court in charge.");

    private static readonly ProtocolStep Contact = new("call_contact", CallTrustedContact,
        "Si la víctima no responde, llamar a su contacto de confianza.", "If the victim does not answer, call her trusted contact.", Required: false);

    private static readonly ProtocolStep AggressorDevice = new("call_aggressor_device", CallAggressor,
        "Llamar al agresor: pedirle que revise y cargue o acerque su dispositivo.", "Call the aggressor: ask him to check and charge or pick up his device.");

    private static readonly ProtocolStep VictimDevice = new("call_victim_device", CallVictim,
        "Llamar a la víctima: pedirle que revise y cargue su dispositivo.", "Call the victim: ask her to check and charge her device.");

    private static readonly ProtocolStep Technician = new("check_device", CheckDevice,
        "Si no se resuelve, solicitar revisión técnica del dispositivo.", "If it does not clear, request a technical check of the device.", Required: false);

    public static ResponseProtocol For(AlarmType type) => new(type, type switch
    {
        AlarmType.ZoneEntry or AlarmType.Proximity =>
            [VictimSafe, Contact, OrderAway, Police, Court],
        AlarmType.Panic =>
            [Police, VictimSafe, Contact, Court],
        AlarmType.StrapTamper or AlarmType.DeviceTamper =>
            [new("call_aggressor_tamper", CallAggressor, "Llamar al agresor: verificar el estado del dispositivo y dónde está.", "Call the aggressor: check the device and where he is."),
             VictimSafe, Police with { Required = false }, Court],
        AlarmType.ZonePreAlert or AlarmType.ProximityPreAlert or AlarmType.ApproachFast =>
            [OrderAway, VictimSafe with { Es = "Llamar a la víctima: avisarle y confirmar que está a salvo.", En = "Call the victim: warn her and confirm she is safe." }, Police with { Required = false }],
        AlarmType.CurfewBreach or AlarmType.RouteDeviation =>
            [new("call_aggressor_schedule", CallAggressor, "Llamar al agresor: recordarle el horario o el recorrido ordenado.", "Call the aggressor: remind him of the ordered hours or route."), Court],
        AlarmType.BraceletSeparation =>
            [new("call_aggressor_bracelet", CallAggressor, "Llamar al agresor: que junte el rastreador con la tobillera.", "Call the aggressor: he must keep the tracker with the bracelet."), VictimSafe with { Required = false }, Technician],
        AlarmType.VictimDeviceSilent =>
            [VictimDevice, Contact, Technician],
        _ => [AggressorDevice, Technician],
    });

    public static IReadOnlyList<ResponseProtocol> All { get; } = Enum.GetValues<AlarmType>().Select(For).ToArray();
}
