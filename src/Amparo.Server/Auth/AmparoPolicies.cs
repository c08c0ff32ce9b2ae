namespace Amparo.Server.Auth;

public static class AmparoPolicies
{
    /// <summary>Any signed-in user of an institution.</summary>
    public const string User = "amparo.user";

    /// <summary>Operators, supervisors and administrators: claim, acknowledge and resolve alarms.</summary>
    public const string AlarmHandler = "amparo.alarm_handler";

    /// <summary>Those who may see where a victim is.</summary>
    public const string VictimLocation = "amparo.victim_location";

    /// <summary>Read the audit log.</summary>
    public const string Auditor = "amparo.auditor";

    /// <summary>Supervisors and administrators: the centre's figures, handover and escalations.</summary>
    public const string Supervision = "amparo.supervision";

    /// <summary>Technicians, police, municipal gender areas, supervisors and administrators: device stock and field acts.</summary>
    public const string FieldDevices = "amparo.field_devices";

    /// <summary>The caller is allowed by the endpoint's, page's or hub method's line of the access matrix.</summary>
    public const string Access = "amparo.access";

    /// <summary>Accepts the console's cookie and the API's bearer token alike.</summary>
    public const string Scheme = "amparo";
}
