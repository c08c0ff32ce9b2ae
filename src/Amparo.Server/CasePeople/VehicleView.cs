using Amparo.Data.People;

namespace Amparo.Server.CasePeople;

public sealed record VehicleView(Guid Id, string Plate, string? Description)
{
    public static VehicleView From(Vehicle v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(v.Id, v.Plate, v.Description);
    }
}
