using Amparo.Domain.Cases;

namespace Amparo.Data.Cases;

/// <summary>A judicial case whose protection order Amparo monitors.</summary>
public sealed class MonitoredCase
{
    public Guid Id { get; set; }

    public required string FileNumber { get; set; }

    public required string Court { get; set; }

    public CaseStatus Status { get; set; }

    public Guid JurisdictionId { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<ProtectionMeasure> Measures { get; set; } = [];
}
