using Amparo.Domain.Stock;

namespace Amparo.Server.FieldDevices.Stock;

public sealed record MovementView(
    Guid Id,
    DateTime At,
    StockStatus? FromStatus,
    StockStatus ToStatus,
    Guid? FromInstitutionId,
    string? FromInstitution,
    Guid? ToInstitutionId,
    string? ToInstitution,
    Guid? CaseId,
    Guid? ActId,
    string By,
    string? Note);
