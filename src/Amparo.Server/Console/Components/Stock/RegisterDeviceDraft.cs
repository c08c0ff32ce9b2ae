using Amparo.Domain.Devices;
using Amparo.Server.FieldDevices.Stock;

namespace Amparo.Server.Console.Components.Stock;

/// <summary>The register form as typed: a new device and the custodian whose store it enters.</summary>
public sealed class RegisterDeviceDraft
{
    public string UniqueId { get; set; } = "";

    public DeviceProtocol Protocol { get; set; } = DeviceProtocol.OsmAnd;

    public DeviceKind Kind { get; set; } = DeviceKind.Bracelet;

    public Guid? CustodianId { get; set; }

    public string? Model { get; set; }

    public string? Label { get; set; }

    public int? ReportIntervalSeconds { get; set; }

    public string? Note { get; set; }

    /// <summary>Ready for the next device of the same batch: kind, protocol, custodian and model stay.</summary>
    public void Clear()
    {
        UniqueId = "";
        Label = null;
        Note = null;
    }

    public RegisterDeviceRequest ToRequest() =>
        new(UniqueId, Protocol, Kind, CustodianId ?? Guid.Empty, Model, Label, ReportIntervalSeconds, Note);
}
