namespace Amparo.Domain.Dispatch;

/// <summary>CAP's urgency, severity and certainty of one alert, as their schema names ("Immediate", "Extreme", "Observed").</summary>
public sealed record CapGrade(string Urgency, string Severity, string Certainty);
