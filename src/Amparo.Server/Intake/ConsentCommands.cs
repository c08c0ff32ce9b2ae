using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Domain.Cases;
using Amparo.Domain.Intake;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Intake;

/// <summary>Records the victim's informed decision to carry her device, after she was told how it works (seed 002).</summary>
public sealed class ConsentCommands(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    public async Task<CommandResult<ConsentDecision>> RecordAsync(Guid caseId, ConsentRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var found = await IntakeCases.FindAsync(db, caseId, scope, cancellationToken);
        if (found is null)
        {
            return CommandResult.Refused<ConsentDecision>(CommandOutcome.NotFound);
        }

        if (!scope.IsAny(AmparoRoles.IntakeRecorders))
        {
            return CommandResult.Refused<ConsentDecision>(CommandOutcome.Forbidden, "Su rol no registra el consentimiento de la víctima.");
        }

        if (request.Decision is not (ConsentDecision.Given or ConsentDecision.Refused))
        {
            return CommandResult.Refused<ConsentDecision>(CommandOutcome.Invalid, "Indique la decisión de la víctima: Given o Refused.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var before = found.VictimConsent;
        found.VictimConsent = request.Decision;
        found.VictimConsentBy = scope.UserName;
        found.VictimConsentAt = now;
        CaseTimeline.Record(db, caseId, CaseEventKinds.ConsentRecorded, scope.UserName, now, request.Note,
            new { from = before.ToString(), to = request.Decision.ToString() });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Ok(request.Decision);
    }
}
