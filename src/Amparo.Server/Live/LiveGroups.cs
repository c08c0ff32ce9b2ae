using System.Globalization;

namespace Amparo.Server.Live;

/// <summary>SignalR group names: one per jurisdiction, and a separate one for victims' positions.</summary>
public static class LiveGroups
{
    public const string National = "all";

    public static string Cases(Guid? jurisdictionId) =>
        jurisdictionId is { } id ? "j:" + id.ToString("N", CultureInfo.InvariantCulture) : National;

    public static string VictimPositions(Guid? jurisdictionId) => Cases(jurisdictionId) + ":victim";

    /// <summary>Those called when an alarm waits unclaimed too long.</summary>
    public static string Supervisors(Guid? jurisdictionId) => Cases(jurisdictionId) + ":supervisors";
}
