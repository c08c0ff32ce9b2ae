using Amparo.Data.Audit;
using Amparo.Server.Auth;

namespace Amparo.Server.Audit;

/// <summary>Every read of a victim's position, by the API or the console, leaves an audit event before it is answered.</summary>
public sealed class VictimLocationAudit(AuditLog audit)
{
    public Task RecordReadAsync(UserScope scope, Guid? caseId, string what, string? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return audit.RecordAsync(Read(scope, caseId, what, remoteAddress), cancellationToken);
    }

    /// <summary>One read event per case, committed together.</summary>
    public Task RecordReadsAsync(UserScope scope, IEnumerable<Guid> caseIds, string what, string? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(caseIds);
        return audit.RecordAllAsync(caseIds.Select(id => Read(scope, id, what, remoteAddress)).ToList(), cancellationToken);
    }

    private static AuditEntry Read(UserScope scope, Guid? caseId, string what, string? remoteAddress) =>
        new(scope.UserName, AuditActions.VictimPositionRead, "victim_position", caseId?.ToString(), caseId, remoteAddress, what);

    public Task RecordSubscriptionAsync(UserScope scope, string channel, string? remoteAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return audit.RecordAsync(new AuditEntry(
            scope.UserName, AuditActions.VictimPositionSubscribed, "victim_position", null, null, remoteAddress, channel), cancellationToken);
    }
}
