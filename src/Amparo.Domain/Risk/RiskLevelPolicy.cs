namespace Amparo.Domain.Risk;

/// <summary>
/// What a common level sets in motion where the instrument is used. Data, not law: deadlines have changed (Peru's
/// 48/24/72 h by level until Law 31715 of 2023 made it 24 h for all), so each version of an instrument carries its own.
/// </summary>
public sealed record RiskLevelPolicy
{
    public CommonRiskLevel Level { get; init; }

    /// <summary>Days until the risk must be assessed again.</summary>
    public int ReassessEveryDays { get; init; }

    /// <summary>Distance at which the centre is pre-alerted of the aggressor's approach.</summary>
    public int PreAlertMetres { get; init; }

    /// <summary>Hours between check-in calls to the victim.</summary>
    public int CheckInCallEveryHours { get; init; }

    /// <summary>Unannounced police rounds per week ("rondas inopinadas").</summary>
    public int PoliceRoundsPerWeek { get; init; }

    /// <summary>Hours the court has to rule on protection measures.</summary>
    public int CourtDeadlineHours { get; init; }
}
