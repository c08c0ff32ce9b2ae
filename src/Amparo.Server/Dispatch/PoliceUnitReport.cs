namespace Amparo.Server.Dispatch;

/// <summary>A police unit's position and availability from the police's AVL feed; its jurisdiction by id or name.</summary>
public sealed record PoliceUnitReport(Guid? JurisdictionId, string? JurisdictionName, double Latitude, double Longitude, bool Available = true);
