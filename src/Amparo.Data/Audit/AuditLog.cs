using Amparo.Data.Database;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Audit;

/// <summary>Writes audit events; each is committed before the read it records is answered.</summary>
public sealed class AuditLog(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return RecordAllAsync([entry], cancellationToken);
    }

    /// <summary>Several events in one commit (a map of thousands of cases is one read of each, not thousands of round trips).</summary>
    public async Task RecordAllAsync(IReadOnlyCollection<AuditEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return;
        }

        await using var db = contexts.CreateDbContext();
        var at = time.GetUtcNow().UtcDateTime;
        db.AuditEvents.AddRange(entries.Select(entry => EventOf(entry, at)));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The stored event of an entry, for a writer that saves it with its own changes in one transaction.</summary>
    public static AuditEvent EventOf(AuditEntry entry, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new AuditEvent
        {
            At = at,
            UserName = entry.UserName,
            Action = entry.Action,
            SubjectType = entry.SubjectType,
            SubjectId = entry.SubjectId,
            CaseId = entry.CaseId,
            RemoteAddress = entry.RemoteAddress,
            Details = entry.Details,
        };
    }
}
