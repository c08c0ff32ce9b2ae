using System.Globalization;

namespace Amparo.Server.Live;

/// <summary>SignalR group names: one per jurisdiction, and a separate one for victims' positions.</summary>
public static class LiveGroups
{
    public const string National = "all";

    public static string Cases(Guid? jurisdictionId) =>
        jurisdictionId is { } id ? "j:" + id.ToString("N", CultureInfo.InvariantCulture) : National;

    public static string VictimPositions(Guid? jurisdictionId) => Cases(jurisdictionId) + ":victim";

    /// <summary>Alarms: whole to those who may see where the victim is, without her fix to the others.</summary>
    public static string Alarms(Guid? jurisdictionId, bool seesVictimLocation) =>
        Cases(jurisdictionId) + (seesVictimLocation ? ":alarms" : ":alarms-restricted");

    /// <summary>Those called when an alarm waits unclaimed too long.</summary>
    public static string Supervisors(Guid? jurisdictionId) => Cases(jurisdictionId) + ":supervisors";
}
