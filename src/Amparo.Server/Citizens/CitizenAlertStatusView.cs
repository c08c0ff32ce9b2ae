using Amparo.Data.Citizens;
using Amparo.Domain.Citizens;

namespace Amparo.Server.Citizens;

/// <summary>What the app shows the citizen about her alert: received, someone attends it, closed.</summary>
public sealed record CitizenAlertStatusView(Guid Id, CitizenAlertKind Kind, CitizenAlertStatus Status, DateTime RaisedAt, DateTime ReceivedAt, DateTime? ClaimedAt, DateTime? ResolvedAt)
{
    public static CitizenAlertStatusView From(CitizenAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return new(alert.Id, alert.Kind, alert.Status, alert.RaisedAt, alert.ReceivedAt, alert.ClaimedAt, alert.ResolvedAt);
    }

    public static CitizenAlertStatusView From(CitizenAlertView alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return new(alert.Id, alert.Kind, alert.Status, alert.RaisedAt, alert.ReceivedAt, alert.ClaimedAt, alert.ResolvedAt);
    }
}
