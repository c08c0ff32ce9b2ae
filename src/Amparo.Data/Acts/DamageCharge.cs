using Amparo.Domain.Stock;

namespace Amparo.Data.Acts;

/// <summary>
/// The cost of a device damaged, destroyed or not returned, charged to the party who wore it ("el portador se hará
/// cargo de los costos"), as the removal act recorded it; later paid or waived.
/// </summary>
public sealed class DamageCharge
{
    public Guid Id { get; set; }

    public Guid ActId { get; set; }

    public Guid CaseId { get; set; }

    public Guid DeviceId { get; set; }

    /// <summary>The wearer who is charged.</summary>
    public Guid PersonId { get; set; }

    public DeviceCondition Condition { get; set; }

    public required string Description { get; set; }

    public decimal EstimatedCost { get; set; }

    /// <summary>ISO 4217 code: PEN, ARS…</summary>
    public required string Currency { get; set; }

    public ChargeStatus Status { get; set; }

    public DateTime ChargedAt { get; set; }

    public DateTime? SettledAt { get; set; }

    public string? SettledBy { get; set; }

    public string? SettlementNote { get; set; }
}
