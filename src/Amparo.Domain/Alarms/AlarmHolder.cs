namespace Amparo.Domain.Alarms;

/// <summary>
/// One operator per alarm: once someone claimed it, only she acts on it (acknowledges, resolves, records steps and
/// calls, asks the police), so two desks never phone the same victim at once. A supervisor may step in.
/// </summary>
public static class AlarmHolder
{
    public static bool MayWork(string? claimedBy, string userName, bool supervises) =>
        claimedBy is null || supervises || string.Equals(claimedBy, userName, StringComparison.Ordinal);
}
