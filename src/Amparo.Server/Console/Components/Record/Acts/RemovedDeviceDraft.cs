using Amparo.Domain.Stock;
using Amparo.Server.FieldDevices.Acts;

namespace Amparo.Server.Console.Components.Record.Acts;

/// <summary>A device taken off as typed: its condition, and for damage what is charged to the wearer.</summary>
public sealed class RemovedDeviceDraft
{
    public string? Serial { get; set; }

    /// <summary>In a removal act, whether this worn device is taken off now.</summary>
    public bool Included { get; set; } = true;

    public DeviceCondition Condition { get; set; } = DeviceCondition.Good;

    public string? DamageDescription { get; set; }

    public decimal EstimatedCost { get; set; }

    public string Currency { get; set; } = "PEN";

    public bool Charged => DeviceConditions.ChargesWearer(Condition);

    public RemovedDeviceRequest ToRequest() =>
        new(Serial, Condition, Charged ? new DamageRequest(DamageDescription, EstimatedCost, Currency) : null);
}
