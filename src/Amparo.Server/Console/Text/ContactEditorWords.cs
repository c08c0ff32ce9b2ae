namespace Amparo.Server.Console.Text;

/// <summary>The words of the trusted-contacts editor in the alarm page's contacts panel.</summary>
internal static class ContactEditorWords
{
    public static readonly IReadOnlyDictionary<string, (string Es, string En)> All = new Dictionary<string, (string Es, string En)>(StringComparer.Ordinal)
    {
        ["contacts.edit"] = ("Editar contactos", "Edit contacts"),
        ["contacts.add"] = ("Añadir contacto", "Add contact"),
        ["contacts.name"] = ("Nombre", "Name"),
        ["contacts.relation"] = ("Relación", "Relation"),
        ["contacts.phone"] = ("Teléfono", "Phone"),
        ["contacts.save"] = ("Guardar contactos", "Save contacts"),
        ["contacts.cancel"] = ("Cancelar", "Cancel"),
        ["contacts.up"] = ("Subir", "Move up"),
        ["contacts.down"] = ("Bajar", "Move down"),
        ["contacts.remove"] = ("Quitar", "Remove"),
        ["contacts.order"] = ("Se llaman en este orden.", "Called in this order."),
        ["contacts.empty"] = ("Sin contactos de confianza.", "No trusted contacts."),
        ["contacts.invalid"] = ("No se guardaron:", "Not saved:"),
        ["contacts.saved"] = ("Contactos guardados.", "Contacts saved."),
        ["contacts.refused"] = ("No puede cambiar los contactos de esta persona.", "You may not change this person's contacts."),
    };
}
