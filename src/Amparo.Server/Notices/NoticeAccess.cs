using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Data.Notices;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Notices;

/// <summary>Finds a notice for a user: only if its case is in her jurisdictions; and tells whether she speaks for its recipient.</summary>
internal static class NoticeAccess
{
    /// <summary>Those who may record any notice's steps: the centre's supervision.</summary>
    public static IReadOnlyList<string> Supervisors { get; } = [AmparoRoles.Administrador, AmparoRoles.Supervisor];

    public static async Task<Notice?> FindAsync(AmparoDbContext db, Guid noticeId, UserScope scope, CancellationToken cancellationToken)
    {
        var found = await (
            from n in db.Notices
            join c in db.Cases on n.CaseId equals c.Id
            where n.Id == noticeId
            select new { Notice = n, c.JurisdictionId }).FirstOrDefaultAsync(cancellationToken);
        return found is not null && scope.CanSee(found.JurisdictionId) ? found.Notice : null;
    }

    /// <summary>Whether the user belongs to the institution the notice is addressed to.</summary>
    public static async Task<bool> IsRecipientAsync(AmparoDbContext db, Notice notice, UserScope scope, CancellationToken cancellationToken)
    {
        if (notice.RecipientInstitutionId is not { } institution)
        {
            return false;
        }

        var own = await db.Users.Where(u => u.UserName == scope.UserName).Select(u => u.InstitutionId).FirstOrDefaultAsync(cancellationToken);
        return own == institution;
    }

    public static async Task<string?> InstitutionNameAsync(AmparoDbContext db, Notice notice, CancellationToken cancellationToken) =>
        notice.RecipientInstitutionId is { } id
            ? await db.Institutions.Where(i => i.Id == id).Select(i => i.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
}
