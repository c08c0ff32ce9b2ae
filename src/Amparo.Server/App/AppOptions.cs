using System.ComponentModel.DataAnnotations;

namespace Amparo.Server.App;

/// <summary><c>Amparo:App</c>: the victim's panic-button app — its codes, tokens, limits and what her profile says.</summary>
public sealed class AppOptions
{
    public const string Section = "Amparo:App";

    /// <summary>The monitoring centre's number her app calls and texts when the network fails.</summary>
    [Required]
    [RegularExpression(@"^\+?[0-9][0-9 ]{1,19}$")]
    public string CentrePhone { get; set; } = "";

    /// <summary>The country's emergency numbers; Peru's (105 police, 100 the women's line) when none are set.</summary>
    public string[] EmergencyNumbers { get; set; } = [];

    [Range(1, 24 * 14)]
    public int EnrolmentCodeHours { get; set; } = 72;

    /// <summary>How long an access token lives: short, the refresh token renews it.</summary>
    [Range(1, 15)]
    public int AccessTokenMinutes { get; set; } = 15;

    /// <summary>Enrolment attempts per minute from one address (a code is 8 characters of 32: guessing must be slow).</summary>
    [Range(1, 10_000)]
    public int EnrolAttemptsPerMinute { get; set; } = 5;

    /// <summary>Token refreshes per minute from one address.</summary>
    [Range(1, 10_000)]
    public int TokenRequestsPerMinute { get; set; } = 30;

    /// <summary>Requests per minute of one installation (profile, positions, alert status).</summary>
    [Range(1, 10_000)]
    public int RequestsPerMinute { get; set; } = 60;

    /// <summary>Alerts per minute of one installation: generous, a panic is never refused for haste.</summary>
    [Range(60, 100_000)]
    public int AlertsPerMinute { get; set; } = 600;

    [Range(10, 3600)]
    public int TrackingIntervalSeconds { get; set; } = 60;

    [Range(5, 300)]
    public int AlertIntervalSeconds { get; set; } = 15;

    /// <summary>A time stamped further ahead than this is the phone's clock being wrong.</summary>
    [Range(0, 1440)]
    public double MaxFutureSkewMinutes { get; set; } = 5;

    public IReadOnlyList<string> Emergency => EmergencyNumbers is { Length: > 0 } numbers ? numbers : ["105", "100"];
}
