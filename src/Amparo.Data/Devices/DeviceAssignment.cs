using Amparo.Domain.People;

namespace Amparo.Data.Devices;

/// <summary>A device worn or carried by one party of a case, from installation until removal.</summary>
public sealed class DeviceAssignment
{
    public Guid Id { get; set; }

    public Guid DeviceId { get; set; }

    public Guid CaseId { get; set; }

    public Guid PersonId { get; set; }

    public PartyRole Role { get; set; }

    public DateTime AssignedAt { get; set; }

    public DateTime? RemovedAt { get; set; }
}
