using Amparo.Domain.Stock;

namespace Amparo.Server.FieldDevices.Acts;

/// <summary>Settles a damage charge: Paid or Waived, with a note (receipt number, the resolution that waived it).</summary>
public sealed record ChargeSettlementRequest(ChargeStatus? Status, string? Note = null);
