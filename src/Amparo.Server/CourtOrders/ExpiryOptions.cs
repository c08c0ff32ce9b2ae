using System.ComponentModel.DataAnnotations;

namespace Amparo.Server.CourtOrders;

/// <summary><c>Amparo:Expiry</c>: how often Amparo looks for orders about to end, and how early it warns.</summary>
public sealed class ExpiryOptions
{
    public const string Section = "Amparo:Expiry";

    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Seed 002, 5.I: ten days before the end.</summary>
    [Range(1, 60)]
    public int WarningDays { get; set; } = 10;
}
