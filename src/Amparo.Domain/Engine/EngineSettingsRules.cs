namespace Amparo.Domain.Engine;

/// <summary>What makes a set of thresholds usable: checked when the server starts and when a case sets its own.</summary>
public static class EngineSettingsRules
{
    public const string Message = "Engine settings: distances, speeds and times must be positive, critical battery below low battery, accuracies ordered.";

    public static bool AreSound(EngineSettings s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.HysteresisMetres >= 0
            && s.DefaultAccuracyMetres > 0 && s.MaxUsableAccuracyMetres > s.DefaultAccuracyMetres
            && s.MaxPlausibleSpeedMps > 0
            && s.GapForImmediateBreach > TimeSpan.Zero
            && s.ApproachWindow > TimeSpan.Zero && s.ApproachHorizon > TimeSpan.Zero
            && s.ApproachMinClosingSpeedMps > 0 && s.ApproachMaxDistanceMetres > 0
            && s.SeparationGrace > TimeSpan.Zero
            && s.ExpectedReportInterval > TimeSpan.Zero && s.SignalLossFactor >= 1
            && s.GpsLossAfter > TimeSpan.Zero && s.GpsLossWhileMovingAfter > TimeSpan.Zero
            && s.CriticalBatteryPercent is >= 0 and <= 100 && s.LowBatteryPercent is >= 0 and <= 100
            && s.CriticalBatteryPercent < s.LowBatteryPercent
            && s.BatteryClearMarginPercent >= 0;
    }
}
