using System.Text.RegularExpressions;
using Amparo.Data.Institutions;
using Amparo.Domain.Stock;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.FieldDevices.Acts;

/// <summary>
/// Whether devices may be taken off the party: each worn by her or him in this case now (409), with a condition and,
/// for damage, what to charge (400), not dated before it was put on or last moved (400); the institution that receives them
/// is of the user's jurisdictions (400) and may keep devices (409).
/// </summary>
internal static partial class RemovalCheck
{
    public static async Task<(List<Removal> Removals, Guid ReceivingId, CommandResult<ActView>? Refusal)> CheckAsync(
        ActDraft draft, IReadOnlyList<RemovedDeviceRequest?> requested, Guid? receivingId, UserScope scope, CancellationToken cancellationToken)
    {
        var invalid = new List<string>();
        var conflicts = new List<string>();
        var serials = requested.Select(r => r?.Serial?.Trim()).OfType<string>().Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (serials.Count == 0 || serials.Count != requested.Count)
        {
            invalid.Add("Indique los identificadores de los dispositivos que se retiran, sin repetir.");
        }

        var db = draft.Db;
        var worn = await (
            from a in db.DeviceAssignments
            join d in db.Devices on a.DeviceId equals d.Id
            where a.CaseId == draft.Case.Id && a.PersonId == draft.Person.Id && a.RemovedAt == null && serials.Contains(d.UniqueId)
            select new { Assignment = a, Device = d }).ToListAsync(cancellationToken);
        var lastMoved = await ActChronology.LastMovedAsync(db, worn.Select(w => w.Device.Id).ToList(), cancellationToken);
        var removals = new List<Removal>();
        foreach (var request in requested.OfType<RemovedDeviceRequest>())
        {
            var serial = request.Serial?.Trim();
            var on = worn.FirstOrDefault(w => w.Device.UniqueId == serial);
            if (on is null)
            {
                conflicts.Add($"El dispositivo {serial} no lo lleva {FieldWords.Of(draft.Person.Role)} de este caso.");
                continue;
            }

            invalid.AddRange(ConditionProblems(serial!, request));
            var since = Max(on.Assignment.AssignedAt, lastMoved.GetValueOrDefault(on.Device.Id));
            if (ActChronology.Problem(serial!, since, draft.At) is { } late)
            {
                invalid.Add(late);
            }

            removals.Add(new Removal(on.Device, on.Assignment, request.Condition ?? default, request.Damage));
        }

        var receiving = await FieldScope.Institutions(db, scope).FirstOrDefaultAsync(i => i.Id == (receivingId ?? draft.Institution.Id), cancellationToken);
        if (receiving is null)
        {
            invalid.Add("La institución que recibe los dispositivos no existe o no es de sus jurisdicciones.");
        }
        else if (removals.Any(r => DeviceConditions.IsReceived(r.Condition)) && StockCustody.Refusal(receiving) is { } refusal)
        {
            conflicts.Add(refusal);
        }

        var outcome = invalid.Count > 0 ? CommandResult.Invalid<ActView>(invalid)
            : conflicts.Count > 0 ? CommandResult.Refused<ActView>(CommandOutcome.Conflict, [.. conflicts])
            : null;
        return (removals, receiving?.Id ?? Guid.Empty, outcome);
    }

    private static IEnumerable<string> ConditionProblems(string serial, RemovedDeviceRequest request)
    {
        if (request.Condition is not { } condition)
        {
            yield return $"Indique el estado en que se recibe el dispositivo {serial}: Good, Faulty, Damaged, Destroyed o NotReturned.";
            yield break;
        }

        if (!DeviceConditions.ChargesWearer(condition))
        {
            if (request.Damage is not null)
            {
                yield return $"El dispositivo {serial} se recibe {FieldWords.Of(condition)}: no hay daño que cargar al portador.";
            }

            yield break;
        }

        var damage = request.Damage;
        if (damage is null || string.IsNullOrWhiteSpace(damage.Description) || damage.Description.Length > 2000)
        {
            yield return $"El dispositivo {serial} está {FieldWords.Of(condition)}: describa el daño, que se carga al portador.";
        }

        if (damage is not null && (damage.EstimatedCost < 0 || damage.EstimatedCost > 10_000_000m))
        {
            yield return $"El costo estimado del daño del dispositivo {serial} no es válido.";
        }

        if (damage is not null && !CurrencyCode().IsMatch(damage.Currency?.Trim().ToUpperInvariant() ?? ""))
        {
            yield return $"La moneda del costo del dispositivo {serial} es un código ISO 4217 de tres letras (PEN, ARS…).";
        }
    }

    private static DateTime Max(DateTime a, DateTime? b) => b is { } other && other > a ? other : a;

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
