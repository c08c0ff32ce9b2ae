using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Domain.Cases;
using Amparo.Domain.Stock;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.FieldDevices.Acts;

/// <summary>Marks a damage charge of a case of the user's jurisdictions paid or waived, once, with a timeline entry.</summary>
public sealed class ChargeSettlement(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    public async Task<CommandResult<DamageChargeView>> SettleAsync(Guid chargeId, ChargeSettlementRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var cases = FieldScope.Cases(db, scope).Select(c => c.Id);
        var charge = await db.DamageCharges.FirstOrDefaultAsync(c => c.Id == chargeId && cases.Contains(c.CaseId), cancellationToken);
        if (charge is null)
        {
            return CommandResult.Refused<DamageChargeView>(CommandOutcome.NotFound, "El cargo no existe o no es de un caso de sus jurisdicciones.");
        }

        if (request.Status is not { } to || !ChargeTransitions.CanMove(charge.Status, to))
        {
            return CommandResult.Refused<DamageChargeView>(CommandOutcome.Conflict, "Un cargo pendiente se marca pagado (Paid) o condonado (Waived), una sola vez.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var from = charge.Status;
        charge.Status = to;
        charge.SettledAt = now;
        charge.SettledBy = scope.UserName;
        charge.SettlementNote = FieldText.Trimmed(request.Note, 2000);
        CaseTimeline.Record(db, charge.CaseId, CaseEventKinds.DamageChargeSettled, scope.UserName, now, charge.SettlementNote,
            new { chargeId = charge.Id, from = from.ToString(), to = to.ToString(), charge.EstimatedCost, charge.Currency });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Refused<DamageChargeView>(CommandOutcome.Conflict, "Otro usuario acaba de saldar este cargo.");
        }

        return CommandResult.Ok<DamageChargeView>(DamageChargeView.From(charge));
    }
}
