using Amparo.Data.Acts;
using Amparo.Domain.Stock;

namespace Amparo.Server.FieldDevices.Acts;

public sealed record DamageChargeView(
    Guid Id,
    Guid ActId,
    Guid CaseId,
    Guid DeviceId,
    Guid PersonId,
    DeviceCondition Condition,
    string Description,
    decimal EstimatedCost,
    string Currency,
    ChargeStatus Status,
    DateTime ChargedAt,
    DateTime? SettledAt,
    string? SettledBy,
    string? SettlementNote)
{
    public static DamageChargeView From(DamageCharge charge)
    {
        ArgumentNullException.ThrowIfNull(charge);
        return new(charge.Id, charge.ActId, charge.CaseId, charge.DeviceId, charge.PersonId, charge.Condition, charge.Description,
            charge.EstimatedCost, charge.Currency, charge.Status, charge.ChargedAt, charge.SettledAt, charge.SettledBy, charge.SettlementNote);
    }
}
