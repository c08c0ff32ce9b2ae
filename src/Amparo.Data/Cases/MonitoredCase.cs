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

    /// <summary>The IANA time zone the order's schedules are written in (curfews, routes).</summary>
    public string TimeZone { get; set; } = "America/Lima";

    /// <summary>Thresholds this case's order sets apart from the deployment's defaults, as JSON of engine settings.</summary>
    public string? EngineSettingsJson { get; set; }

    public List<ProtectionMeasure> Measures { get; set; } = [];
}
