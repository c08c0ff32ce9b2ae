using Amparo.Data.Police;

namespace Amparo.Server.Live;

/// <summary>A police unit's position and availability as the AVL feed just reported it, for the live maps of its jurisdiction.</summary>
public sealed record PoliceUnitNotice(string CallSign, Guid JurisdictionId, double Latitude, double Longitude, bool Available, DateTime ReportedAt)
{
    public static PoliceUnitNotice From(PoliceUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new(unit.CallSign, unit.JurisdictionId, unit.Latitude!.Value, unit.Longitude!.Value, unit.Available, unit.ReportedAt!.Value);
    }
}
