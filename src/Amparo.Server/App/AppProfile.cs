namespace Amparo.Server.App;

/// <summary>What her app needs to work: her first name, whom to call, and how often to report. Nothing about the aggressor.</summary>
public sealed record AppProfile(
    string DisplayName,
    string CentrePhone,
    IReadOnlyList<string> EmergencyNumbers,
    int TrackingIntervalSeconds,
    int AlertIntervalSeconds);
