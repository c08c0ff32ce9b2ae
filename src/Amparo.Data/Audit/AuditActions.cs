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

    /// <summary>A user set up her authenticator; an administrator reset one (she must set it up again).</summary>
    public const string TwoFactorEnabled = "user.two_factor_enabled";
    public const string TwoFactorReset = "user.two_factor_reset";

    /// <summary>Every session of a user ended at once (her own request, or an administrator's).</summary>
    public const string SessionsEnded = "user.sessions_ended";

    /// <summary>An administrator created a user, changed her role or jurisdiction, locked or unlocked her.</summary>
    public const string UserCreated = "user.created";
    public const string UserChanged = "user.changed";
    public const string UserLocked = "user.locked";
    public const string UserUnlocked = "user.unlocked";
    public const string PasswordSet = "user.password_set";

    /// <summary>A device's secret was made (shown once) or removed.</summary>
    public const string DeviceSecretSet = "device.secret_set";
    public const string DeviceSecretRemoved = "device.secret_removed";

    /// <summary>A closed case's tracks were deleted, or its personal data anonymised, by its jurisdiction's retention rule.</summary>
    public const string RetentionApplied = "retention.applied";

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
