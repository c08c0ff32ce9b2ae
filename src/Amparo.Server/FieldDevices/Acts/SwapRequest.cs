namespace Amparo.Server.FieldDevices.Acts;

/// <summary>A swap: one device taken off (with its condition) and its replacement put on the same party, in one act.</summary>
public sealed class SwapRequest : FieldActRequest
{
    public RemovedDeviceRequest? Removed { get; init; }

    public string? Replacement { get; init; }

    public Guid? ReceivingInstitutionId { get; init; }
}
