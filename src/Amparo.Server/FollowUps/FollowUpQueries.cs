using Amparo.Data.Database;
using Amparo.Domain.Cases;
using Amparo.Server.Auth;
using Amparo.Server.Intake;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.FollowUps;

/// <summary>A case's follow-up and the worklist of every active case of the user's jurisdictions that owes one now.</summary>
public sealed class FollowUpQueries(IDbContextFactory<AmparoDbContext> contexts, FollowUpFactsReader facts, TimeProvider time)
{
    /// <summary>How far back a case's follow-up shows what was done.</summary>
    public static readonly TimeSpan RecentWindow = TimeSpan.FromDays(30);

    public async Task<CaseFollowUpView?> CaseAsync(Guid caseId, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var monitored = await IntakeCases.FindAsync(db, caseId, scope, cancellationToken);
        if (monitored is null)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var read = (await facts.ReadAsync(db, [monitored], now, cancellationToken))[0];
        var due = monitored.Status == CaseStatus.Active ? read.Due(now).Select(View).ToList() : [];
        var since = now - RecentWindow;
        var recent = await db.FollowUps.AsNoTracking().Where(f => f.CaseId == caseId && f.At > since)
            .OrderByDescending(f => f.At).Take(100).ToListAsync(cancellationToken);
        return new CaseFollowUpView(caseId, monitored.FileNumber, monitored.Status.ToString(), read.PlanView(), due,
            recent.Select(r => FollowUpRecordView.From(r, scope.SeesVictimData)).ToList());
    }

    public async Task<IReadOnlyList<DueCaseView>> DueAsync(UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var query = db.Cases.AsNoTracking().Include(c => c.Measures).Where(c => c.Status == CaseStatus.Active);
        if (scope.Jurisdictions is { } visible)
        {
            var list = visible.ToList();
            query = query.Where(c => list.Contains(c.JurisdictionId));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var lines = new List<DueCaseView>();
        foreach (var read in await facts.ReadAsync(db, await query.ToListAsync(cancellationToken), now, cancellationToken))
        {
            var due = read.Due(now);
            if (due.Count > 0)
            {
                lines.Add(new DueCaseView(read.Case.Id, read.Case.FileNumber, read.Case.Court, read.RiskLevel, due.Select(View).ToList()));
            }
        }

        return lines.OrderBy(l => l.Due.Min(d => d.DueSince)).ThenBy(l => l.FileNumber, StringComparer.Ordinal).ToList();
    }

    private static DueFollowUpView View(Domain.FollowUp.DueFollowUp due) => new(due.Duty.ToString(), due.DueSince, due.Missing);
}
