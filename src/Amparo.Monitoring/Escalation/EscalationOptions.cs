using System.ComponentModel.DataAnnotations;

namespace Amparo.Monitoring.Escalation;

/// <summary>When an alarm nobody claimed is taken to the supervisors (<c>Amparo:Escalation</c>).</summary>
public sealed class EscalationOptions
{
    public const string Section = "Amparo:Escalation";

    /// <summary>How long a new alarm may wait unclaimed.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan UnclaimedAfter { get; set; } = TimeSpan.FromMinutes(2);

    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromSeconds(10);
}
