using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Data.People;
using Amparo.Domain.Cases;
using Amparo.Server.Auth;
using Amparo.Server.Intake;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.CasePeople;

/// <summary>The victim's dependants with their support network: her data, only for roles that may read it.</summary>
public sealed class DependantCommands(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    /// <summary>Who records the victim's dependants: those who record the case's intake (and may read her data).</summary>
    public static IReadOnlyList<string> Recorders { get; } = AmparoRoles.IntakeRecorders;

    public async Task<CommandResult<IReadOnlyList<DependantView>>> DependantsAsync(Guid caseId, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        if (!await IntakeCases.VisibleAsync(db, caseId, scope, cancellationToken))
        {
            return CommandResult.Refused<IReadOnlyList<DependantView>>(CommandOutcome.NotFound);
        }

        if (!scope.SeesVictimData)
        {
            return CommandResult.Refused<IReadOnlyList<DependantView>>(CommandOutcome.Forbidden, "Su rol no puede ver los datos de la víctima ni de sus dependientes.");
        }

        var rows = await db.Dependants.AsNoTracking().Where(d => d.CaseId == caseId).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        return CommandResult.Ok<IReadOnlyList<DependantView>>(rows.Select(DependantView.From).ToList());
    }

    public async Task<CommandResult<Guid>> AddDependantAsync(Guid caseId, DependantRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        if (await DependantRefusalAsync(db, caseId, request, scope, cancellationToken) is { } refused)
        {
            return refused;
        }

        var dependant = new Dependant { Id = Guid.CreateVersion7(), CaseId = caseId, FullName = request.FullName.Trim() };
        Apply(dependant, request);
        db.Dependants.Add(dependant);
        CaseTimeline.Record(db, caseId, CaseEventKinds.DependantRecorded, scope.UserName, time.GetUtcNow().UtcDateTime, null,
            new { dependantId = dependant.Id, category = dependant.Category.ToString(), dependant.HasSupportNetwork });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Ok(dependant.Id);
    }

    /// <summary>Corrects or completes what is recorded of a dependant (her support network once it is named, a new school…).</summary>
    public async Task<CommandResult<Guid>> UpdateDependantAsync(Guid caseId, Guid dependantId, DependantRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        if (await DependantRefusalAsync(db, caseId, request, scope, cancellationToken) is { } refused)
        {
            return refused;
        }

        var dependant = await db.Dependants.FirstOrDefaultAsync(d => d.Id == dependantId && d.CaseId == caseId, cancellationToken);
        if (dependant is null)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.NotFound, "El dependiente no está registrado en este caso.");
        }

        Apply(dependant, request);
        CaseTimeline.Record(db, caseId, CaseEventKinds.DependantUpdated, scope.UserName, time.GetUtcNow().UtcDateTime, null,
            new { dependantId, category = dependant.Category.ToString(), dependant.HasSupportNetwork });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Ok(dependant.Id);
    }

    /// <summary>Why a dependant may not be recorded or changed: the case is not hers to see (404), her role (403), or the request.</summary>
    private static async Task<CommandResult<Guid>?> DependantRefusalAsync(
        AmparoDbContext db, Guid caseId, DependantRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        if (!await IntakeCases.VisibleAsync(db, caseId, scope, cancellationToken))
        {
            return CommandResult.Refused<Guid>(CommandOutcome.NotFound);
        }

        if (!scope.IsAny(Recorders) || !scope.SeesVictimData)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Forbidden, "Su rol no registra dependientes de la víctima.");
        }

        return string.IsNullOrWhiteSpace(request.FullName) || !Enum.IsDefined(request.Category)
            ? CommandResult.Refused<Guid>(CommandOutcome.Invalid, "Indique el nombre y la categoría del dependiente.")
            : null;
    }

    private static void Apply(Dependant dependant, DependantRequest request)
    {
        dependant.FullName = request.FullName.Trim();
        dependant.Category = request.Category;
        dependant.BirthDate = request.BirthDate;
        dependant.Relationship = request.Relationship?.Trim();
        dependant.LivesWithVictim = request.LivesWithVictim;
        dependant.HasSupportNetwork = request.HasSupportNetwork;
        dependant.SupportNetwork = request.SupportNetwork?.Trim();
        dependant.Institution = request.Institution?.Trim();
        dependant.Notes = request.Notes?.Trim();
    }
}
