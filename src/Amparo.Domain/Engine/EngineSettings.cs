namespace Amparo.Domain.Engine;

/// <summary>
/// Thresholds of the engine's rules. Defaults follow field practice (DOMAIN.md §1): a 5-minute grace before a
/// bracelet counts as gone, a pre-alert band as wide as the radius, reports expected every minute.
/// A case may override any of them; a deployment sets the global defaults.
/// </summary>
public sealed record EngineSettings
{
    public static EngineSettings Default { get; } = new();

    /// <summary>Once inside, the aggressor counts as inside until this far beyond the boundary (no flapping on jitter).</summary>
    public double HysteresisMetres { get; init; } = 50;

    /// <summary>Assumed accuracy of a fix that does not state one (a GT06 or H02 fix).</summary>
    public double DefaultAccuracyMetres { get; init; } = 15;

    /// <summary>A fix less precise than this proves nothing about a boundary.</summary>
    public double MaxUsableAccuracyMetres { get; init; } = 250;

    /// <summary>Faster than this between two fixes (beyond both accuracies) is a multipath jump, not travel.</summary>
    public double MaxPlausibleSpeedMps { get; init; } = 60;

    /// <summary>
    /// Faster than this between two fixes (beyond both accuracies) could be a car or a multipath jump: such a fix
    /// raises or ends a breach only when the next fix agrees (at reporting intervals of a minute or more, a 60 m/s
    /// limit lets through nearly every jump).
    /// </summary>
    public double MaxWalkingSpeedMps { get; init; } = 2.5;

    /// <summary>A device that reappears inside a zone after a silence this long alarms at once.</summary>
    public TimeSpan GapForImmediateBreach { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan ApproachWindow { get; init; } = TimeSpan.FromMinutes(2);

    public TimeSpan ApproachHorizon { get; init; } = TimeSpan.FromMinutes(4);

    public double ApproachMinClosingSpeedMps { get; init; } = 1.5;

    public double ApproachMaxDistanceMetres { get; init; } = 4_000;

    public TimeSpan SeparationGrace { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan ExpectedReportInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>No report for the expected interval times this factor is a signal loss.</summary>
    public double SignalLossFactor { get; init; } = 5;

    public TimeSpan GpsLossAfter { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Reports without a fix while the device says it moves are suspicious sooner.</summary>
    public TimeSpan GpsLossWhileMovingAfter { get; init; } = TimeSpan.FromMinutes(3);

    public int LowBatteryPercent { get; init; } = 20;

    public int CriticalBatteryPercent { get; init; } = 10;

    /// <summary>A battery alarm clears once the level is this much above its threshold (charging, not noise).</summary>
    public int BatteryClearMarginPercent { get; init; } = 5;

    public TimeSpan SignalLossAfter => ExpectedReportInterval * SignalLossFactor;
}
