using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Domain.Cases;
using Amparo.Domain.Stock;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.FieldDevices.Acts;

/// <summary>
/// Records the acts signed in the field, each in one transaction with its devices' assignments and movements, its
/// stored images and its timeline entry; then the case's engine reloads its devices, so the monitoring of a new
/// device starts (and that of a removed one stops) at once.
/// </summary>
public sealed class ActCommands(IDbContextFactory<AmparoDbContext> contexts, ActQueries queries, CaseMonitorReload reload, TimeProvider time)
{
    public async Task<CommandResult<ActView>> InstallAsync(Guid caseId, InstallationRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = contexts.CreateDbContext();
        var (draft, refusal) = await ActOpening.OpenAsync(db, caseId, request, FieldActKind.Installation, scope, time.GetUtcNow().UtcDateTime, cancellationToken);
        if (draft is null)
        {
            return refusal!;
        }

        var (devices, problem) = await InstallCheck.CheckAsync(draft, request.Devices, [], scope, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        draft.Stage();
        devices.ForEach(d => DeviceFitting.Install(draft, d));
        CaseTimeline.Record(db, caseId, CaseEventKinds.DeviceInstalled, scope.UserName, draft.At, draft.Act.Notes, new
        {
            actId = draft.Act.Id,
            party = draft.Person.Role.ToString(),
            institution = draft.Institution.Name,
            devices = devices.Select(d => new { d.UniqueId, kind = d.Kind.ToString() }),
        });
        return await CommitAsync(draft, scope, cancellationToken);
    }

    public async Task<CommandResult<ActView>> RemoveAsync(Guid caseId, RemovalRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = contexts.CreateDbContext();
        var (draft, refusal) = await ActOpening.OpenAsync(db, caseId, request, FieldActKind.Removal, scope, time.GetUtcNow().UtcDateTime, cancellationToken);
        if (draft is null)
        {
            return refusal!;
        }

        var (removals, receivingId, problem) = await RemovalCheck.CheckAsync(draft, request.Devices, request.ReceivingInstitutionId, scope, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        draft.Act.ReceivingInstitutionId = receivingId;
        draft.Stage();
        removals.ForEach(r => DeviceFitting.Remove(draft, r.Device, r.Assignment, r.Condition, receivingId, r.Damage));
        CaseTimeline.Record(db, caseId, CaseEventKinds.DeviceRemoved, scope.UserName, draft.At, draft.Act.Notes, new
        {
            actId = draft.Act.Id,
            party = draft.Person.Role.ToString(),
            institution = draft.Institution.Name,
            receivingInstitutionId = receivingId,
            devices = removals.Select(r => new { r.Device.UniqueId, kind = r.Device.Kind.ToString(), condition = r.Condition.ToString(), status = r.Device.StockStatus.ToString() }),
            charged = removals.Count(r => DeviceConditions.ChargesWearer(r.Condition)),
        });
        return await CommitAsync(draft, scope, cancellationToken);
    }

    public async Task<CommandResult<ActView>> SwapAsync(Guid caseId, SwapRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = contexts.CreateDbContext();
        var (draft, refusal) = await ActOpening.OpenAsync(db, caseId, request, FieldActKind.Swap, scope, time.GetUtcNow().UtcDateTime, cancellationToken);
        if (draft is null)
        {
            return refusal!;
        }

        var (removals, receivingId, removalProblem) = await RemovalCheck.CheckAsync(draft, [request.Removed], request.ReceivingInstitutionId, scope, cancellationToken);
        if (removalProblem is not null)
        {
            return removalProblem;
        }

        var removal = removals.Single();
        var (devices, installProblem) = await InstallCheck.CheckAsync(draft, [request.Replacement], [removal.Device.Id], scope, cancellationToken);
        if (installProblem is not null)
        {
            return installProblem;
        }

        var replacement = devices.Single();
        if (!PartyDevices.CanReplace(draft.Person.Role, removal.Device.Kind, replacement.Kind))
        {
            return CommandResult.Invalid<ActView>([
                $"Un {FieldWords.Of(removal.Device.Kind)} se reemplaza por otro igual, no por un {FieldWords.Of(replacement.Kind)}."]);
        }

        draft.Act.ReceivingInstitutionId = receivingId;
        draft.Stage();
        DeviceFitting.Remove(draft, removal.Device, removal.Assignment, removal.Condition, receivingId, removal.Damage);
        DeviceFitting.Install(draft, replacement);
        CaseTimeline.Record(db, caseId, CaseEventKinds.DeviceSwapped, scope.UserName, draft.At, draft.Act.Notes, new
        {
            actId = draft.Act.Id,
            party = draft.Person.Role.ToString(),
            institution = draft.Institution.Name,
            removed = new { removal.Device.UniqueId, kind = removal.Device.Kind.ToString(), condition = removal.Condition.ToString() },
            installed = new { replacement.UniqueId, kind = replacement.Kind.ToString() },
        });
        return await CommitAsync(draft, scope, cancellationToken);
    }

    private async Task<CommandResult<ActView>> CommitAsync(ActDraft draft, UserScope scope, CancellationToken cancellationToken)
    {
        try
        {
            await draft.Db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrency token (the device's status or custodian) or the one-open-assignment index: another act won.
            return CommandResult.Refused<ActView>(CommandOutcome.Conflict, "Otro movimiento cambió alguno de los dispositivos al mismo tiempo; vuelva a intentarlo.");
        }

        await reload.ReloadAsync(draft.Case.Id);
        return CommandResult.Created<ActView>((await queries.GetAsync(draft.Act.Id, scope, cancellationToken))!);
    }
}
