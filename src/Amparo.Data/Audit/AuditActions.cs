namespace Amparo.Data.Audit;

public static class AuditActions
{
    public const string VictimPositionRead = "victim_position.read";
    public const string VictimPositionSubscribed = "victim_position.subscribed";
    public const string AlarmClaimed = "alarm.claimed";
    public const string AlarmAcknowledged = "alarm.acknowledged";
    public const string AlarmResolved = "alarm.resolved";
    public const string Login = "user.login";
    public const string LoginFailed = "user.login_failed";
}
