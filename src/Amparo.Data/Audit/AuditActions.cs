namespace Amparo.Data.Audit;

public static class AuditActions
{
    public const string VictimPositionRead = "victim_position.read";
    public const string VictimPositionSubscribed = "victim_position.subscribed";
    public const string AlarmClaimed = "alarm.claimed";
    public const string AlarmAcknowledged = "alarm.acknowledged";
    public const string AlarmResolved = "alarm.resolved";
    public const string AlarmStepRecorded = "alarm.step_recorded";
    public const string AlarmCallLogged = "alarm.call_logged";
    public const string ProtocolSaved = "protocol.saved";
    public const string ProtocolReverted = "protocol.reverted";
    public const string TrustedContactsReplaced = "trusted_contacts.replaced";
    public const string Login = "user.login";
    public const string LoginFailed = "user.login_failed";

    /// <summary>A signed-in user was refused an endpoint (her role, or a record outside her jurisdictions).</summary>
    public const string AccessDenied = "access.denied";

    /// <summary>An endpoint that carries a victim's data answered: who, which endpoint and path, which case, from where, why.</summary>
    public const string VictimDataAnswered = "access.victim_data";
    public const string VictimDataRead = "victim_data.read";
    public const string CaseRegistered = "case.registered";
    public const string RegistryExported = "registry.exported";

    /// <summary>A periodic report of the programme's figures was downloaded.</summary>
    public const string StatisticsExported = "statistics.exported";

    /// <summary>The violence map (cells only) was read.</summary>
    public const string ViolenceMapRead = "violence-map.read";
}
