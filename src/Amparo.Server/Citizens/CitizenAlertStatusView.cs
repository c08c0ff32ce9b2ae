using Amparo.Domain.Citizens;

namespace Amparo.Server.Citizens;

/// <summary>
/// What the app shows the citizen about her alert: received, someone attends it, closed; for a citizen alert, how many
/// available police units are near and how far the nearest is, to ten metres (never where they are).
/// </summary>
public sealed record CitizenAlertStatusView(
    Guid Id, CitizenAlertKind Kind, CitizenAlertStatus Status, DateTime RaisedAt, DateTime ReceivedAt, DateTime? ClaimedAt, DateTime? ResolvedAt,
    int NearbyUnits, double? NearestUnitMetres)
{
    public static CitizenAlertStatusView From(CitizenAlertView alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var nearest = alert.NearestUnits.Count == 0 ? (double?)null : Math.Round(alert.NearestUnits.Min(u => u.DistanceMetres) / 10) * 10;
        return new(alert.Id, alert.Kind, alert.Status, alert.RaisedAt, alert.ReceivedAt, alert.ClaimedAt, alert.ResolvedAt, alert.NearestUnits.Count, nearest);
    }
}
