using Amparo.Data.Citizens;
using Amparo.Data.Database;
using Amparo.Domain.Citizens;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Demo;

/// <summary>The demo's municipal side (seed 003): a registered neighbour whose citizen alert waits at the citizens' desk.</summary>
public static class CitizenDemo
{
    public const string Phone = "+51900000001";

    public static async Task SeedAsync(AmparoDbContext db, Guid jurisdictionId, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.CitizenAccounts.AnyAsync(c => c.Phone == Phone, cancellationToken))
        {
            return;
        }

        var citizen = new CitizenAccount { Id = Guid.CreateVersion7(), Phone = Phone, FullName = "Lucía Vargas Ponce", VerifiedAt = now.AddDays(-3), JurisdictionId = jurisdictionId };
        db.CitizenAccounts.Add(citizen);
        // Plaza de Armas of Arequipa: a neighbour who needs a patrol.
        db.CitizenAlerts.Add(new CitizenAlert
        {
            Id = Guid.CreateVersion7(), CitizenId = citizen.Id, JurisdictionId = jurisdictionId, Kind = CitizenAlertKind.Citizen, IdempotencyKey = "demo-1",
            RaisedAt = now, ReceivedAt = now, Latitude = -16.39889, Longitude = -71.53694, PositionAt = now, Status = CitizenAlertStatus.New,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
