using Amparo.Data.Database;
using Amparo.Data.Institutions;
using Amparo.Domain.Stock;
using Amparo.Server.Auth;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.FieldDevices.Stock;

/// <summary>
/// Records a municipality's adhesion to the programme (acta de adhesión) or its withdrawal; a municipality that still
/// keeps devices on its shelves cannot withdraw until they are transferred.
/// </summary>
public sealed class InstitutionAdhesion(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    public async Task<CommandResult<CustodianView>> SetAsync(Guid institutionId, AdhesionRequest request, UserScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = contexts.CreateDbContext();
        var institution = await FieldScope.Institutions(db, scope).FirstOrDefaultAsync(i => i.Id == institutionId, cancellationToken);
        if (institution is null)
        {
            return CommandResult.Refused<CustodianView>(CommandOutcome.NotFound, "La institución no existe o no es de sus jurisdicciones.");
        }

        if (institution.Kind != InstitutionKind.MunicipalGenderArea)
        {
            return CommandResult.Refused<CustodianView>(CommandOutcome.Invalid, "Solo el área de género de un municipio adhiere al programa.");
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (request.Adherent && (request.AdheredOn is not { } date || date > today.AddDays(1)))
        {
            return CommandResult.Refused<CustodianView>(CommandOutcome.Invalid, "La adhesión necesita la fecha del acta de adhesión, que no puede ser futura.");
        }

        if (!request.Adherent)
        {
            var kept = await db.Devices.CountAsync(
                d => d.CustodianId == institution.Id && (d.StockStatus == StockStatus.InStore || d.StockStatus == StockStatus.Assigned || d.StockStatus == StockStatus.InRepair),
                cancellationToken);
            if (kept > 0)
            {
                return CommandResult.Refused<CustodianView>(CommandOutcome.Conflict, $"«{institution.Name}» custodia {kept} dispositivos: transfiéralos antes de retirar la adhesión.");
            }
        }

        institution.Adherent = request.Adherent;
        institution.AdheredOn = request.Adherent ? request.AdheredOn : null;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult.Ok<CustodianView>(CustodianView.From(institution));
    }
}
