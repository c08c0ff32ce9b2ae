namespace Amparo.Server.FieldDevices.Stock;

/// <summary>A municipality's adhesion to the dual-device programme, with the date of its acta de adhesión.</summary>
public sealed record AdhesionRequest(bool Adherent, DateOnly? AdheredOn = null);
