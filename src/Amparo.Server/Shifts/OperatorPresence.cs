using System.Collections.Concurrent;
using Amparo.Server.Auth;

namespace Amparo.Server.Shifts;

/// <summary>
/// Who has the console open right now, from the console's live connections (one per browser tab). Kept in this
/// process: with several servers each knows its own consoles (to share through the cluster in issue 10).
/// </summary>
public sealed class OperatorPresence(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, OnDuty> _connections = new(StringComparer.Ordinal);

    public void Up(string connection, UserScope user)
    {
        ArgumentNullException.ThrowIfNull(user);
        _connections[connection] = new OnDuty(user.UserName, time.GetUtcNow().UtcDateTime, user.Jurisdictions);
    }

    public void Down(string connection) => _connections.TryRemove(connection, out _);

    /// <summary>The people on duty a viewer may know of: those sharing one of her jurisdictions (all, for a national viewer).</summary>
    public IReadOnlyList<OnDuty> For(UserScope viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return _connections.Values
            .Where(p => viewer.Jurisdictions is null || p.Jurisdictions is null || p.Jurisdictions.Overlaps(viewer.Jurisdictions))
            .GroupBy(p => p.UserName, StringComparer.Ordinal)
            .Select(g => g.MinBy(p => p.Since)!)
            .OrderBy(p => p.Since)
            .ToList();
    }
}
