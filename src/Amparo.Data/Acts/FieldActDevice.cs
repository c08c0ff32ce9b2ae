using Amparo.Domain.Stock;

namespace Amparo.Data.Acts;

/// <summary>A device an act put on (<see cref="Installed"/>) or took off the party, with the assignment it started or ended.</summary>
public sealed class FieldActDevice
{
    public Guid Id { get; set; }

    public Guid ActId { get; set; }

    public Guid DeviceId { get; set; }

    public Guid AssignmentId { get; set; }

    public bool Installed { get; set; }

    /// <summary>The state it came back in; only for a device taken off.</summary>
    public DeviceCondition? Condition { get; set; }
}
