using Amparo.Data.Database;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Audit;

/// <summary>Writes audit events; each is committed before the read it records is answered.</summary>
public sealed class AuditLog(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var db = contexts.CreateDbContext();
        db.AuditEvents.Add(new AuditEvent
        {
            At = time.GetUtcNow().UtcDateTime,
            UserName = entry.UserName,
            Action = entry.Action,
            SubjectType = entry.SubjectType,
            SubjectId = entry.SubjectId,
            CaseId = entry.CaseId,
            RemoteAddress = entry.RemoteAddress,
            Details = entry.Details,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
