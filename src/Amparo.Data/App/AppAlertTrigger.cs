namespace Amparo.Data.App;

/// <summary>How she raised the alert: holding the big button, or the discreet quick taps.</summary>
public enum AppAlertTrigger
{
    Hold,
    Taps,
}
