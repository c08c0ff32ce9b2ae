using Amparo.Domain.Stock;

namespace Amparo.Data.Stock;

/// <summary>
/// One change of a device's stock status or custodian: registration, reservation, installation, removal, repair,
/// loss, transfer, retirement. The rows of a device are its whole history.
/// </summary>
public sealed class DeviceMovement
{
    public Guid Id { get; set; }

    public Guid DeviceId { get; set; }

    public DateTime At { get; set; }

    /// <summary>Null for the device's registration into stock.</summary>
    public StockStatus? FromStatus { get; set; }

    public StockStatus ToStatus { get; set; }

    public Guid? FromInstitutionId { get; set; }

    public Guid? ToInstitutionId { get; set; }

    /// <summary>The case it was reserved for, installed on or removed from.</summary>
    public Guid? CaseId { get; set; }

    /// <summary>The field act that moved it, when one did.</summary>
    public Guid? ActId { get; set; }

    public required string By { get; set; }

    public string? Note { get; set; }
}
