namespace Amparo.Server.CitizenApp;

/// <summary>What the municipal app needs: her first name, her municipality, whom to call, how often to report during an alert.</summary>
public sealed record CitizenProfile(string DisplayName, string Municipality, string CentrePhone, IReadOnlyList<string> EmergencyNumbers, int AlertIntervalSeconds);
