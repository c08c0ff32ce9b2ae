using System.ComponentModel.DataAnnotations;

namespace Amparo.Server.FollowUps;

public sealed class FollowUpOptions
{
    public const string Section = "Amparo:FollowUp";

    /// <summary>How often the reassessment reminders are looked for.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(30);
}
