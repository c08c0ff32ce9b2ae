using Amparo.Domain.Alarms;

namespace Amparo.Data.Protocols;

/// <summary>The centre's own protocol for one alarm type, replacing the default; steps as JSON of <c>ProtocolStep</c>.</summary>
public sealed class ProtocolDefinition
{
    public Guid Id { get; set; }

    public AlarmType Type { get; set; }

    public required string StepsJson { get; set; }

    public DateTime UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}
