using Amparo.Domain.Devices;
using Amparo.Domain.Stock;

namespace Amparo.Data.Devices;

public sealed class Device
{
    public Guid Id { get; set; }

    /// <summary>The identifier the device sends: IMEI or client id.</summary>
    public required string UniqueId { get; set; }

    public DeviceProtocol Protocol { get; set; }

    public DeviceKind Kind { get; set; }

    public string? Label { get; set; }

    /// <summary>Make and model ("Concox GT06N"): false alarms are compared per model.</summary>
    public string? Model { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>How often the device is configured to report; null for the case's default.</summary>
    public int? ReportIntervalSeconds { get; set; }

    /// <summary>The last time the device said anything (a heartbeat too), written at most every few seconds.</summary>
    public DateTime? LastSeenAt { get; set; }

    /// <summary>The battery the device reported in its last message without a fix (a heartbeat or status).</summary>
    public int? LastBatteryPercent { get; set; }

    /// <summary>The GSM signal the device reported in that message, as it sent it (GT06: 0 none … 4 strong).</summary>
    public int? LastSignal { get; set; }

    /// <summary>Where the device stands in the stock; every change is a <see cref="Stock.DeviceMovement"/>.</summary>
    public StockStatus StockStatus { get; set; }

    /// <summary>The institution that keeps the device and answers for it (a municipal gender area, a police station).</summary>
    public Guid? CustodianId { get; set; }

    /// <summary>The case a device is reserved for while <see cref="StockStatus.Assigned"/>.</summary>
    public Guid? ReservedCaseId { get; set; }

    /// <summary>SHA-256 (hex) of the secret the device must send with every message, for protocols that carry one (OsmAnd's <c>key</c>).</summary>
    public string? SecretHash { get; set; }
}
