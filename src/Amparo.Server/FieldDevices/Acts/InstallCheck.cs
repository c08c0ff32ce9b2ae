using Amparo.Data.Devices;
using Amparo.Domain.Stock;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.FieldDevices.Acts;

/// <summary>
/// Whether devices may be put on the party: each in the stock of the user's jurisdictions, in store or reserved for
/// this case (installed elsewhere, in repair, lost or retired: 409), of a kind the party wears (else 400), not a second
/// device of a kind the party already wears (409), and not dated before its last movement (400).
/// </summary>
internal static class InstallCheck
{
    public static async Task<(List<Device> Devices, CommandResult<ActView>? Refusal)> CheckAsync(
        ActDraft draft, IReadOnlyList<string?> requested, IEnumerable<Guid> leaving, UserScope scope, CancellationToken cancellationToken)
    {
        var serials = requested.Select(s => s?.Trim()).OfType<string>().Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (serials.Count == 0 || serials.Count != requested.Count)
        {
            return ([], CommandResult.Invalid<ActView>(["Indique los identificadores de los dispositivos que se instalan, sin repetir."]));
        }

        var db = draft.Db;
        var devices = await FieldScope.Devices(db, scope).Where(d => serials.Contains(d.UniqueId)).ToListAsync(cancellationToken);
        var ids = devices.Select(d => d.Id).ToList();
        var openOn = await db.DeviceAssignments.AsNoTracking().Where(a => ids.Contains(a.DeviceId) && a.RemovedAt == null)
            .ToDictionaryAsync(a => a.DeviceId, a => a.CaseId, cancellationToken);
        var lastMoved = await ActChronology.LastMovedAsync(db, ids, cancellationToken);
        var conflicts = new List<string>();
        var invalid = new List<string>();
        foreach (var serial in serials)
        {
            var device = devices.FirstOrDefault(d => d.UniqueId == serial);
            if (device is null)
            {
                conflicts.Add($"El dispositivo {serial} no está en el stock de sus jurisdicciones.");
                continue;
            }

            if (Problem(device, draft.Case.Id, openOn.TryGetValue(device.Id, out var on) ? on : null) is { } problem)
            {
                conflicts.Add(problem);
            }

            if (!PartyDevices.Fits(draft.Person.Role, device.Kind))
            {
                invalid.Add($"El dispositivo {serial} ({FieldWords.Of(device.Kind)}) no es para {FieldWords.Of(draft.Person.Role)}.");
            }

            if (ActChronology.Problem(device.UniqueId, lastMoved.GetValueOrDefault(device.Id), draft.At) is { } late)
            {
                invalid.Add(late);
            }
        }

        if (invalid.Count > 0)
        {
            return (devices, CommandResult.Invalid<ActView>(invalid));
        }

        if (conflicts.Count == 0 && await DoubledAsync(draft, devices, leaving, cancellationToken) is { } doubled)
        {
            conflicts.Add(doubled);
        }

        return (devices, conflicts.Count > 0 ? CommandResult.Refused<ActView>(CommandOutcome.Conflict, [.. conflicts]) : null);
    }

    private static string? Problem(Device device, Guid caseId, Guid? installedOn)
    {
        if (installedOn is not null || device.StockStatus == StockStatus.Installed)
        {
            return $"El dispositivo {device.UniqueId} ya está instalado{(installedOn == caseId ? " en este caso" : " en otro caso")}.";
        }

        return device.StockStatus switch
        {
            StockStatus.Assigned when device.ReservedCaseId != caseId => $"El dispositivo {device.UniqueId} está reservado para otro caso.",
            StockStatus.InStore or StockStatus.Assigned => null,
            _ => $"El dispositivo {device.UniqueId} está {FieldWords.Of(device.StockStatus)}: no se puede instalar.",
        };
    }

    private static async Task<string?> DoubledAsync(ActDraft draft, List<Device> installing, IEnumerable<Guid> leaving, CancellationToken cancellationToken)
    {
        var leavingIds = leaving.ToList();
        var worn = await (
            from a in draft.Db.DeviceAssignments.AsNoTracking()
            join d in draft.Db.Devices.AsNoTracking() on a.DeviceId equals d.Id
            where a.CaseId == draft.Case.Id && a.PersonId == draft.Person.Id && a.RemovedAt == null && !leavingIds.Contains(d.Id)
            select d.Kind).ToListAsync(cancellationToken);
        var doubled = PartyDevices.Doubled(worn, installing.Select(d => d.Kind));
        return doubled.Count == 0 ? null
            : $"{Capital(FieldWords.Of(draft.Person.Role))} ya lleva o recibiría dos veces: {string.Join(", ", doubled.Select(k => FieldWords.Of(k)))}. Para cambiar un dispositivo use un recambio.";
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
