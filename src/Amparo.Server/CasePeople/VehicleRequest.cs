namespace Amparo.Server.CasePeople;

public sealed record VehicleRequest(string Plate, string? Description);
