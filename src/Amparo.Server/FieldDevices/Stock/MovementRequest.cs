using Amparo.Domain.Stock;

namespace Amparo.Server.FieldDevices.Stock;

/// <summary>
/// A movement by hand: a new status (InRepair, Lost, InStore, Assigned with the case it is reserved for, Retired), a new
/// custodian (a transfer), or both; what is left out stays as it is.
/// </summary>
public sealed record MovementRequest(StockStatus? Status = null, Guid? InstitutionId = null, Guid? CaseId = null, string? Note = null);
