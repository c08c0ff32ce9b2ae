using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Identity;
using Amparo.Data.People;
using Amparo.Domain.Cases;
using Amparo.Domain.Geo;
using Amparo.Domain.Intake;
using Amparo.Domain.People;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Intake;

/// <summary>
/// The parties' addresses through intake: recorded as given, placed and confirmed on the map, surveyed for signal.
/// The timeline says what was done to which address, never the address itself (it is her data).
/// </summary>
public sealed class AddressCommands(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    public async Task<CommandResult<Guid>> AddAsync(Guid caseId, AddressRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        if (await IntakeCases.FindAsync(db, caseId, scope, cancellationToken) is null)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.NotFound);
        }

        if (!scope.IsAny(AmparoRoles.IntakeRecorders) || (request.Role == PartyRole.Victim && !scope.SeesVictimData))
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Forbidden, "Su rol no registra direcciones de las partes.");
        }

        if (IntakeValidation.Address(request) is { Count: > 0 } problems)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Invalid, [.. problems]);
        }

        var person = await db.People.FirstOrDefaultAsync(p => p.CaseId == caseId && p.Role == request.Role, cancellationToken);
        if (person is null)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Invalid, "El caso no tiene esa parte.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var address = new CaseAddress
        {
            Id = Guid.CreateVersion7(), CaseId = caseId, PersonId = person.Id, Role = request.Role, Kind = request.Kind,
            Text = request.Text.Trim(), Latitude = request.Latitude, Longitude = request.Longitude,
            Protected = request.Role == PartyRole.Victim && (request.Protected ?? request.Kind is AddressKind.Home or AddressKind.Work),
        };
        db.CaseAddresses.Add(address);
        CaseTimeline.Record(db, caseId, CaseEventKinds.AddressRecorded, scope.UserName, now, null,
            new { addressId = address.Id, role = address.Role.ToString(), kind = address.Kind.ToString(), address.Protected });
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Ok(address.Id);
    }

    public async Task<CommandResult<Guid>> ConfirmAsync(Guid caseId, Guid addressId, ConfirmAddressRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await ChangeAsync(caseId, addressId, scope, [.. AmparoRoles.IntakeRecorders, .. AmparoRoles.CoverageSurveyors], CaseEventKinds.AddressConfirmed, null,
            () => GeoPoint.IsValid(request.Latitude, request.Longitude) ? null : "Las coordenadas no son válidas.",
            (address, now) =>
            {
                address.Latitude = request.Latitude;
                address.Longitude = request.Longitude;
                address.ConfirmedBy = scope.UserName;
                address.ConfirmedAt = now;
                return new { addressId, role = address.Role.ToString(), kind = address.Kind.ToString() };
            }, cancellationToken);
    }

    public async Task<CommandResult<Guid>> CoverageAsync(Guid caseId, Guid addressId, CoverageRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await ChangeAsync(caseId, addressId, scope, AmparoRoles.CoverageSurveyors, CaseEventKinds.CoverageRecorded, request.Note,
            () => request.Coverage != Coverage.Unknown && Enum.IsDefined(request.Coverage) ? null : "Indique la cobertura hallada: Good, Weak o None.",
            (address, now) =>
            {
                address.Coverage = request.Coverage;
                address.CoverageNote = request.Note?.Trim();
                address.CoverageBy = scope.UserName;
                address.CoverageAt = now;
                return new { addressId, role = address.Role.ToString(), kind = address.Kind.ToString(), coverage = request.Coverage.ToString() };
            }, cancellationToken);
    }

    /// <summary>The address is no longer theirs (a move, a relocation ordered by the court); it stays on record.</summary>
    public Task<CommandResult<Guid>> EndAsync(Guid caseId, Guid addressId, UserScope scope, CancellationToken cancellationToken) =>
        ChangeAsync(caseId, addressId, scope, AmparoRoles.IntakeRecorders, CaseEventKinds.AddressEnded, null, () => null,
            (address, now) =>
            {
                address.EndedAt ??= now;
                return new { addressId, role = address.Role.ToString(), kind = address.Kind.ToString() };
            }, cancellationToken);

    private async Task<CommandResult<Guid>> ChangeAsync(
        Guid caseId, Guid addressId, UserScope scope, IReadOnlyList<string> roles, string kind, string? note,
        Func<string?> problem, Func<CaseAddress, DateTime, object> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        if (await IntakeCases.FindAsync(db, caseId, scope, cancellationToken) is null)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.NotFound);
        }

        var address = await db.CaseAddresses.FirstOrDefaultAsync(a => a.Id == addressId && a.CaseId == caseId && a.EndedAt == null, cancellationToken);
        if (address is null)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.NotFound);
        }

        if (!scope.IsAny(roles) || (address.Role == PartyRole.Victim && !scope.SeesVictimData))
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Forbidden, "Su rol no puede hacer este cambio.");
        }

        if (problem() is { } invalid)
        {
            return CommandResult.Refused<Guid>(CommandOutcome.Invalid, invalid);
        }

        var now = time.GetUtcNow().UtcDateTime;
        CaseTimeline.Record(db, caseId, kind, scope.UserName, now, note, change(address, now));
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Ok(address.Id);
    }
}
