using Amparo.Data.App;
using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Domain.Cases;
using Amparo.Domain.People;
using Amparo.Server.Auth;
using Amparo.Server.FieldDevices;
using Amparo.Server.Intake;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Server.App;

/// <summary>What the centre and those who attend her do with her app: give her a code, see her phones, revoke one.</summary>
public sealed class AppStaffCommands(IDbContextFactory<AmparoDbContext> contexts, CaseMonitorReload reload, IOptions<AppOptions> options, TimeProvider time)
{
    private const string RoleRefused = "Su rol no puede gestionar la aplicación de la víctima.";

    public async Task<CommandResult<AppEnrolmentView>> IssueCodeAsync(Guid caseId, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var found = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => new { c.JurisdictionId, c.Status }).FirstOrDefaultAsync(cancellationToken);
        if (found is null || !scope.CanSee(found.JurisdictionId))
        {
            return CommandResult.Refused<AppEnrolmentView>(CommandOutcome.NotFound, "El caso no existe o no está en su jurisdicción.");
        }

        if (!scope.IsAny(AppRoles.Managers))
        {
            return CommandResult.Refused<AppEnrolmentView>(CommandOutcome.Forbidden, RoleRefused);
        }

        if (found.Status != CaseStatus.Active)
        {
            return CommandResult.Refused<AppEnrolmentView>(CommandOutcome.Conflict,
                "Solo un caso en monitoreo activo puede inscribir la aplicación: su alerta no llegaría al centro.");
        }

        var victim = await db.People.Where(p => p.CaseId == caseId && p.Role == PartyRole.Victim).OrderBy(p => p.Id).Select(p => (Guid?)p.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (victim is not { } personId)
        {
            return CommandResult.Refused<AppEnrolmentView>(CommandOutcome.Conflict, "El caso no tiene víctima registrada.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var code = AppSecrets.NewCode();
        var enrolment = new AppEnrolment
        {
            Id = Guid.CreateVersion7(), CaseId = caseId, PersonId = personId, CodeHash = AppSecrets.Hash(AppSecrets.NormaliseCode(code)!),
            CreatedBy = scope.UserName, CreatedAt = now, ExpiresAt = now.AddHours(options.Value.EnrolmentCodeHours),
        };
        db.AppEnrolments.Add(enrolment);
        CaseTimeline.Record(db, caseId, CaseEventKinds.AppCodeIssued, scope.UserName, now, null, new { enrolmentId = enrolment.Id, enrolment.ExpiresAt });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Created(new AppEnrolmentView(code, enrolment.ExpiresAt));
    }

    public async Task<CommandResult<IReadOnlyList<AppInstallationView>>> InstallationsAsync(Guid caseId, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        if (!await IntakeCases.VisibleAsync(db, caseId, scope, cancellationToken))
        {
            return CommandResult.Refused<IReadOnlyList<AppInstallationView>>(CommandOutcome.NotFound, "El caso no existe o no está en su jurisdicción.");
        }

        if (!scope.IsAny(AppRoles.Managers))
        {
            return CommandResult.Refused<IReadOnlyList<AppInstallationView>>(CommandOutcome.Forbidden, RoleRefused);
        }

        var rows = await db.AppInstallations.AsNoTracking().Where(i => i.CaseId == caseId).OrderBy(i => i.EnrolledAt).ToListAsync(cancellationToken);
        return CommandResult.Ok<IReadOnlyList<AppInstallationView>>(rows.Select(AppInstallationView.From).ToList());
    }

    /// <summary>Revokes at once; revoking one already revoked changes nothing.</summary>
    public async Task<CommandResult<Guid>> RevokeAsync(Guid installationId, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var installation = await db.AppInstallations.FirstOrDefaultAsync(i => i.Id == installationId, cancellationToken);
        // A citizen's installation has no case: it is not the staff's to see here.
        if (installation is not { CaseId: { } caseId } || !await IntakeCases.VisibleAsync(db, caseId, scope, cancellationToken))
        {
            return CommandResult.Refused<Guid>(CommandOutcome.NotFound, "La instalación no existe o su caso no está en su jurisdicción.");
        }

        if (!scope.IsAny(AppRoles.Managers))
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Forbidden, RoleRefused);
        }

        if (installation.RevokedAt is null)
        {
            await AppRevocation.RevokeAsync(db, installation, scope.UserName, "Dada de baja por el personal.", time.GetUtcNow().UtcDateTime, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await reload.ReloadAsync(caseId);
        }

        return CommandResult.Ok(installation.Id);
    }
}
