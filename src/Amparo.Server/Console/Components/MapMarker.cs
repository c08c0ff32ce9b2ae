namespace Amparo.Server.Console.Components;

/// <summary>A party's last position as the live map draws it; role is "aggressor" or "victim".</summary>
public sealed record MapMarker(Guid CaseId, string Role, string Label, double Latitude, double Longitude);
