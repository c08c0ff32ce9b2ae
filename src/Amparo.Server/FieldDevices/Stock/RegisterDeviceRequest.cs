using Amparo.Domain.Devices;

namespace Amparo.Server.FieldDevices.Stock;

/// <summary>A new device entering the stock of a custodian: the identifier it sends (IMEI or client id), how it talks, what it is.</summary>
public sealed record RegisterDeviceRequest(
    string UniqueId,
    DeviceProtocol Protocol,
    DeviceKind Kind,
    Guid CustodianId,
    string? Model = null,
    string? Label = null,
    int? ReportIntervalSeconds = null,
    string? Note = null);
