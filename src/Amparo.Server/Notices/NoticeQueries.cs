using Amparo.Data.Database;
using Amparo.Domain.Notices;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Notices;

/// <summary>Reads a case's notices and a notice's PDF, within the user's jurisdictions.</summary>
public sealed class NoticeQueries(IDbContextFactory<AmparoDbContext> contexts)
{
    public async Task<CommandResult<IReadOnlyList<NoticeView>>> ListAsync(Guid caseId, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var jurisdiction = await db.Cases.Where(c => c.Id == caseId).Select(c => (Guid?)c.JurisdictionId).FirstOrDefaultAsync(cancellationToken);
        if (jurisdiction is not { } id || !scope.CanSee(id))
        {
            return NoticeRefusals.CaseNotFound<IReadOnlyList<NoticeView>>();
        }

        var rows = await (
            from n in db.Notices.AsNoTracking()
            join i in db.Institutions.AsNoTracking() on n.RecipientInstitutionId equals i.Id into named
            from i in named.DefaultIfEmpty()
            where n.CaseId == caseId
            select new { Notice = n, Institution = i == null ? null : i.Name }).ToListAsync(cancellationToken);
        return CommandResult.Ok<IReadOnlyList<NoticeView>>(rows
            .OrderBy(r => r.Notice.IssuedAt).ThenBy(r => r.Notice.Sequence)
            .Select(r => NoticeView.From(r.Notice, r.Institution)).ToList());
    }

    /// <summary>The notice's PDF as issued. One that names or locates the victim goes only to roles that may read her data.</summary>
    public async Task<CommandResult<NoticePdfFile>> PdfAsync(Guid noticeId, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var notice = await NoticeAccess.FindAsync(db, noticeId, scope, cancellationToken);
        if (notice is null)
        {
            return NoticeRefusals.NoticeNotFound<NoticePdfFile>();
        }

        var victimData = NoticeDisclosure.For(notice.Recipient).CarriesVictimData;
        if (victimData && !scope.SeesVictimData)
        {
            return CommandResult.Refused<NoticePdfFile>(CommandOutcome.Forbidden, "Este oficio contiene datos de la víctima que su rol no puede ver.");
        }

        var content = await db.StoredFiles.Where(f => f.Id == notice.FileId).Select(f => f.Content).FirstAsync(cancellationToken);
        return CommandResult.Ok(new NoticePdfFile(content, $"oficio-{notice.Number}.pdf", notice.CaseId, victimData));
    }

    /// <summary>The institution the user belongs to, if any: she records the steps of the notices addressed to it.</summary>
    public async Task<Guid?> InstitutionOfAsync(UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        return await db.Users.Where(u => u.UserName == scope.UserName).Select(u => u.InstitutionId).FirstOrDefaultAsync(cancellationToken);
    }
}
