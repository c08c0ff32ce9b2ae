using Amparo.Data.Citizens;
using Amparo.Domain.Citizens;
using Amparo.Server.Dispatch;

namespace Amparo.Server.Citizens;

/// <summary>A citizen alert as the centre works it: who pressed, where she is now (and since when), who attends; citizen alerts carry the nearest units.</summary>
public sealed record CitizenAlertView(
    Guid Id, CitizenAlertKind Kind, CitizenAlertStatus Status, string CitizenName, string CitizenPhone, Guid JurisdictionId,
    DateTime RaisedAt, DateTime ReceivedAt, double Latitude, double Longitude, DateTime PositionAt,
    string? ClaimedBy, DateTime? ClaimedAt, string? ResolvedBy, DateTime? ResolvedAt, string? Outcome,
    IReadOnlyList<NearestPoliceUnit> NearestUnits)
{
    public static CitizenAlertView From(CitizenAlert alert, CitizenAccount citizen, IReadOnlyList<NearestPoliceUnit> nearest)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(citizen);
        return new(alert.Id, alert.Kind, alert.Status, citizen.FullName, citizen.Phone, alert.JurisdictionId, alert.RaisedAt, alert.ReceivedAt,
            alert.Latitude, alert.Longitude, alert.PositionAt, alert.ClaimedBy, alert.ClaimedAt, alert.ResolvedBy, alert.ResolvedAt, alert.Outcome, nearest);
    }
}
