namespace Amparo.Server.Console.Text;

/// <summary>The words of the protocols page (/protocolos) and its step editor.</summary>
internal static class ProtocolEditorWords
{
    public static readonly IReadOnlyDictionary<string, (string Es, string En)> All = new Dictionary<string, (string Es, string En)>(StringComparer.Ordinal)
    {
        ["nav.protocols"] = ("Protocolos", "Protocols"),
        ["protocols.title"] = ("Protocolos de respuesta", "Response protocols"),
        ["protocols.intro"] = ("El protocolo vigente para cada tipo de alarma: los pasos que sigue el operador, en orden.",
            "The protocol in force for each alarm type: the steps the operator follows, in order."),
        ["protocols.read_only"] = ("Solo supervisión y administración editan los protocolos.", "Only supervisors and administrators edit protocols."),
        ["protocols.custom"] = ("Del centro", "Centre's own"),
        ["protocols.default"] = ("Por defecto", "Default"),
        ["protocols.edit"] = ("Editar", "Edit"),
        ["protocols.save"] = ("Guardar", "Save"),
        ["protocols.cancel"] = ("Cancelar", "Cancel"),
        ["protocols.revert"] = ("Volver al protocolo por defecto", "Revert to the default"),
        ["protocols.revert_confirm"] = ("¿Descartar el protocolo del centro y usar el de por defecto?", "Discard the centre's protocol and use the default?"),
        ["protocols.confirm"] = ("Confirmar", "Confirm"),
        ["protocols.add_step"] = ("Añadir paso", "Add step"),
        ["protocols.up"] = ("Subir", "Move up"),
        ["protocols.down"] = ("Bajar", "Move down"),
        ["protocols.remove"] = ("Quitar", "Remove"),
        ["protocols.code"] = ("Código", "Code"),
        ["protocols.code_fixed"] = ("El código de un paso guardado no cambia: los registros de las alarmas lo nombran.",
            "A saved step keeps its code: alarm records name it."),
        ["protocols.kind"] = ("Tipo de paso", "Step kind"),
        ["protocols.text_es"] = ("Texto en español", "Spanish text"),
        ["protocols.text_en"] = ("Texto en inglés", "English text"),
        ["protocols.required"] = ("Obligatorio", "Required"),
        ["protocols.invalid"] = ("No se guardó:", "Not saved:"),
        ["protocols.saved"] = ("Protocolo guardado.", "Protocol saved."),
        ["protocols.reverted"] = ("Se volvió al protocolo por defecto.", "Reverted to the default protocol."),
        ["protocols.forbidden"] = ("Su rol no puede editar protocolos.", "Your role may not edit protocols."),
        ["stepkind.CallVictim"] = ("Llamar a la víctima", "Call the victim"),
        ["stepkind.CallAggressor"] = ("Llamar al agresor", "Call the aggressor"),
        ["stepkind.CallTrustedContact"] = ("Llamar a un contacto de confianza", "Call a trusted contact"),
        ["stepkind.RequestPolice"] = ("Pedir la policía", "Request the police"),
        ["stepkind.NotifyCourt"] = ("Informar al juzgado", "Notify the court"),
        ["stepkind.NotifyInstitution"] = ("Informar a una institución", "Notify an institution"),
        ["stepkind.CheckDevice"] = ("Revisar el dispositivo", "Check the device"),
        ["stepkind.Other"] = ("Otro", "Other"),
    };
}
