namespace Amparo.Server.Auth;

/// <summary>
/// What one signed-in user may see and do: the jurisdictions of her cases (null: all), whether she may see a
/// victim's location and whether she handles alarms.
/// </summary>
public sealed record UserScope(string UserName, IReadOnlySet<Guid>? Jurisdictions, bool SeesVictimLocation, bool HandlesAlarms)
{
    public bool CanSee(Guid jurisdictionId) => Jurisdictions is null || Jurisdictions.Contains(jurisdictionId);
}
