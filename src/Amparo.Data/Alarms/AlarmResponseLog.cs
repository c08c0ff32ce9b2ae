using Amparo.Data.Database;
using Amparo.Domain.Alarms;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Alarms;

/// <summary>
/// Writes what the operator did while working an alarm (protocol steps, call attempts) into its record. Only an
/// alarm someone took (claimed or acknowledged) is being worked: a new one must be claimed first, a closed one is closed.
/// </summary>
public sealed class AlarmResponseLog(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    public static bool IsBeingWorked(AlarmState state) => state is AlarmState.Claimed or AlarmState.Acknowledged;

    public async Task<AlarmActionResult> RecordAsync(AlarmAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var db = contexts.CreateDbContext();
        var state = await db.Alarms.Where(a => a.Id == action.AlarmId).Select(a => (AlarmState?)a.State).FirstOrDefaultAsync(cancellationToken);
        if (state is null)
        {
            return AlarmActionResult.NotFound;
        }

        if (!IsBeingWorked(state.Value))
        {
            return AlarmActionResult.NotAllowedInState;
        }

        action.At = time.GetUtcNow().UtcDateTime;
        db.AlarmActions.Add(action);
        await db.SaveChangesAsync(cancellationToken);
        return AlarmActionResult.Done;
    }
}
