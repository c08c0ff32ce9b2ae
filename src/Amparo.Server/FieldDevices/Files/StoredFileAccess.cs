using Amparo.Data.Database;
using Amparo.Domain.People;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.FieldDevices.Files;

/// <summary>
/// Who may read a stored file: one of a case, those who may see the case (its jurisdiction); a signature or photo of a
/// victim's act, only roles that may see her data; a file of no case, only a national administrator.
/// </summary>
public sealed class StoredFileAccess(IDbContextFactory<AmparoDbContext> contexts)
{
    public async Task<FileRead> ReadAsync(Guid fileId, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var meta = await db.StoredFiles.AsNoTracking().Where(f => f.Id == fileId).Select(f => new { f.CaseId }).FirstOrDefaultAsync(cancellationToken);
        if (meta is null)
        {
            return new FileRead(FileAccessOutcome.NotFound, null, false);
        }

        var visible = meta.CaseId is { } caseId
            ? await FieldScope.Cases(db, scope).AnyAsync(c => c.Id == caseId, cancellationToken)
            : scope.Jurisdictions is null;
        if (!visible)
        {
            return new FileRead(FileAccessOutcome.NotFound, null, false);
        }

        var ofVictim = await (
            from a in db.FieldActs.AsNoTracking()
            where a.Role == PartyRole.Victim
                && (a.Attendees.Any(p => p.SignatureFileId == fileId) || a.Photos.Any(p => p.FileId == fileId))
            select a.Id).AnyAsync(cancellationToken);
        if (ofVictim && !scope.SeesVictimLocation)
        {
            return new FileRead(FileAccessOutcome.Forbidden, null, true);
        }

        var file = await db.StoredFiles.AsNoTracking().FirstAsync(f => f.Id == fileId, cancellationToken);
        return new FileRead(FileAccessOutcome.Granted, file, ofVictim);
    }
}
