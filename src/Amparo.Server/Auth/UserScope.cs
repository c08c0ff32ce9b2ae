using Amparo.Data.Alarms;
using Amparo.Domain.Alarms;

namespace Amparo.Server.Auth;

/// <summary>
/// What one signed-in user may see and do: the jurisdictions of her cases (null: all), whether she may see a
/// victim's location, whether she handles alarms and whether she supervises the room.
/// </summary>
public sealed record UserScope(string UserName, IReadOnlySet<Guid>? Jurisdictions, bool SeesVictimLocation, bool HandlesAlarms)
{
    /// <summary>Supervisors and administrators may act on an alarm another operator holds.</summary>
    public bool Supervises { get; init; }

    /// <summary>Whether she may read a victim's identity and addresses (her live location is <see cref="SeesVictimLocation"/>).</summary>
    public bool SeesVictimData { get; init; }

    /// <summary>The user's roles, for the checks of a feature's own role lists.</summary>
    public IReadOnlySet<string> Roles { get; init; } = new HashSet<string>();

    public bool IsAny(IEnumerable<string> roles) => roles.Any(Roles.Contains);

    public AlarmActor Actor => new(UserName, Supervises);

    /// <summary>Whether she may work this alarm now: nobody holds it, she does, or she supervises.</summary>
    public bool MayWork(AlarmView alarm) =>
        HandlesAlarms && AlarmHolder.MayWork((alarm ?? throw new ArgumentNullException(nameof(alarm))).ClaimedBy, UserName, Supervises);

    public bool CanSee(Guid jurisdictionId) => Jurisdictions is null || Jurisdictions.Contains(jurisdictionId);
}
