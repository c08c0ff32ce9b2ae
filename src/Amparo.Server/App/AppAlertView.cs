using Amparo.Data.Alarms;
using Amparo.Data.App;
using Amparo.Domain.Alarms;

namespace Amparo.Server.App;

/// <summary>Her alert as her app sees it: its state at the centre, never anything about the aggressor.</summary>
public sealed record AppAlertView(Guid AlertId, AppAlertStatus Status, DateTime RaisedAt, DateTime? AttendingSince)
{
    public static AppAlertView From(AppAlert alert, Alarm? alarm)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var status = alarm?.State switch
        {
            AlarmState.Claimed or AlarmState.Acknowledged => AppAlertStatus.Attending,
            AlarmState.Resolved => AppAlertStatus.Closed,
            _ => AppAlertStatus.Received,
        };
        var attending = status == AppAlertStatus.Received ? null : alarm?.ClaimedAt ?? alarm?.AcknowledgedAt;
        return new AppAlertView(alert.Id, status, alert.RaisedAt, attending);
    }
}
