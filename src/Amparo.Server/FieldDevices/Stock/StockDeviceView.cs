using Amparo.Domain.Devices;
using Amparo.Domain.People;
using Amparo.Domain.Stock;

namespace Amparo.Server.FieldDevices.Stock;

/// <summary>A device of the stock: what it is, where it stands, who keeps it, and the case it is reserved for or installed on.</summary>
public sealed record StockDeviceView(
    Guid Id,
    string UniqueId,
    DeviceKind Kind,
    DeviceProtocol Protocol,
    string? Model,
    string? Label,
    StockStatus Status,
    Guid? CustodianId,
    string? Custodian,
    Guid? ReservedCaseId,
    Guid? InstalledCaseId,
    PartyRole? InstalledOn);
