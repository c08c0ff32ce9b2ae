using System.ComponentModel.DataAnnotations;

namespace Amparo.Server.Demo;

/// <summary>Configuration section <c>Amparo:Demo</c>; <c>--demo</c> on the command line sets Enabled.</summary>
public sealed class DemoOptions
{
    public const string Section = "Amparo:Demo";

    public bool Enabled { get; set; }

    /// <summary>The password of the demo users (printed at start).</summary>
    [Required, MinLength(8)]
    public string Password { get; set; } = "Amparo.Demo-2026";

    /// <summary>Whether the demo's simulated devices send positions.</summary>
    public bool Simulate { get; set; } = true;

    [Range(0.2, 60)]
    public double StepSeconds { get; set; } = 2;
}
