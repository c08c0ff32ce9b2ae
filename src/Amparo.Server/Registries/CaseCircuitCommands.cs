using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Registries;
using Amparo.Domain.Cases;
using Amparo.Domain.Registries;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Registries;

/// <summary>Registers a case in the protocol's circuits (seed 004) and tells which of their registration duties are unmet.</summary>
public sealed class CaseCircuitCommands(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    public async Task<CommandResult<IReadOnlyList<CaseCircuitView>>> ListAsync(Guid caseId, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        if (await RefusedAsync<IReadOnlyList<CaseCircuitView>>(db, caseId, scope, "Su rol no consulta los circuitos del protocolo.", cancellationToken) is { } refused)
        {
            return refused;
        }

        return CommandResult.Ok(await ViewsAsync(db, caseId, cancellationToken));
    }

    public async Task<CommandResult<IReadOnlyList<CaseCircuitView>>> RegisterAsync(Guid caseId, CircuitRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        if (await RefusedAsync<IReadOnlyList<CaseCircuitView>>(db, caseId, scope, "Su rol no registra casos en los circuitos del protocolo.", cancellationToken) is { } refused)
        {
            return refused;
        }

        if (request.Circuit is not { } circuit || !Enum.IsDefined(circuit))
        {
            return CommandResult.Refused<IReadOnlyList<CaseCircuitView>>(CommandOutcome.Invalid,
                "Indique el circuito: Femicide (feminicidio), AttemptedFemicide (tentativa) o HighRiskPartnerViolence (violencia de pareja de alto riesgo).");
        }

        if (request.Note is { Length: > 2000 })
        {
            return CommandResult.Refused<IReadOnlyList<CaseCircuitView>>(CommandOutcome.Invalid, "La nota no puede superar los 2000 caracteres.");
        }

        if (await db.CaseCircuits.AnyAsync(c => c.CaseId == caseId && c.Circuit == circuit, cancellationToken))
        {
            return CommandResult.Refused<IReadOnlyList<CaseCircuitView>>(CommandOutcome.Conflict, "El caso ya está registrado en ese circuito.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var entry = new CaseCircuit
        {
            Id = Guid.CreateVersion7(), CaseId = caseId, Circuit = circuit, RegisteredAt = now, RegisteredBy = scope.UserName,
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), NoDependants = request.NoDependants,
        };
        db.CaseCircuits.Add(entry);
        CaseTimeline.Record(db, caseId, CaseEventKinds.CircuitRegistered, scope.UserName, now, entry.Note,
            new { circuit = circuit.ToString(), noDependants = entry.NoDependants });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Ok(await ViewsAsync(db, caseId, cancellationToken));
    }

    private static async Task<IReadOnlyList<CaseCircuitView>> ViewsAsync(AmparoDbContext db, Guid caseId, CancellationToken cancellationToken)
    {
        var entries = await db.CaseCircuits.AsNoTracking().Where(c => c.CaseId == caseId).OrderBy(c => c.RegisteredAt).ToListAsync(cancellationToken);
        var facts = (await CircuitFactsReader.ReadAsync(db, [caseId], cancellationToken))[caseId];
        return entries.Select(e => new CaseCircuitView(e.Id, e.Circuit, e.RegisteredAt, e.RegisteredBy, e.Note, e.NoDependants,
            CircuitDuties.For(e.Circuit), CircuitDuties.Unmet(e.Circuit, facts).Select(UnmetDutyView.From).ToList())).ToList();
    }

    /// <summary>Another jurisdiction's case does not exist for her (404) before her role is looked at (403).</summary>
    private static async Task<CommandResult<T>?> RefusedAsync<T>(AmparoDbContext db, Guid caseId, UserScope scope, string forbidden, CancellationToken cancellationToken)
    {
        var jurisdiction = await db.Cases.Where(c => c.Id == caseId).Select(c => (Guid?)c.JurisdictionId).FirstOrDefaultAsync(cancellationToken);
        if (jurisdiction is not { } id || !scope.CanSee(id))
        {
            return CommandResult.Refused<T>(CommandOutcome.NotFound, "El caso no existe o no pertenece a sus jurisdicciones.");
        }

        return scope.IsAny(RegistryRoles.CircuitRegistrars) ? null : CommandResult.Refused<T>(CommandOutcome.Forbidden, forbidden);
    }
}
