namespace Amparo.Server.Console.Text;

/// <summary>The words of follow-up: check-in calls, police rounds and reassessments by risk level.</summary>
internal static class FollowUpWords
{
    public static readonly IReadOnlyDictionary<string, (string Es, string En)> All = new Dictionary<string, (string Es, string En)>(StringComparer.Ordinal)
    {
        ["event.risk.reassessment_due"] = ("Corresponde reevaluar el riesgo", "Risk reassessment due"),
        ["event.followup.call"] = ("Llamada de control", "Check-in call"),
        ["event.followup.round"] = ("Ronda policial", "Police round"),
    };
}
