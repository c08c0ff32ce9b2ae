using Amparo.Data.Database;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Police;

/// <summary>Keeps the latest position and availability the police's feed reports for each unit.</summary>
public sealed class PoliceUnitStore(IDbContextFactory<AmparoDbContext> contexts, TimeProvider time)
{
    public async Task<PoliceUnit> ReportAsync(string callSign, Guid jurisdictionId, double latitude, double longitude, bool available, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var unit = await db.PoliceUnits.FirstOrDefaultAsync(u => u.CallSign == callSign, cancellationToken);
        if (unit is null)
        {
            unit = new PoliceUnit { Id = Guid.CreateVersion7(), CallSign = callSign };
            db.PoliceUnits.Add(unit);
        }

        unit.JurisdictionId = jurisdictionId;
        unit.Latitude = latitude;
        unit.Longitude = longitude;
        unit.Available = available;
        unit.ReportedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return unit;
    }

    /// <summary>Available units with a known position in any of the jurisdictions.</summary>
    public async Task<IReadOnlyList<PoliceUnit>> AvailableInAsync(IReadOnlySet<Guid> jurisdictions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jurisdictions);
        await using var db = contexts.CreateDbContext();
        return await Placed(db, jurisdictions).Where(u => u.Available).ToListAsync(cancellationToken);
    }

    /// <summary>Units with a known position, free or busy, in the jurisdictions (null: all), as the live map shows them.</summary>
    public async Task<IReadOnlyList<PoliceUnit>> PlacedInAsync(IReadOnlySet<Guid>? jurisdictions, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await Placed(db, jurisdictions).ToListAsync(cancellationToken);
    }

    private static IQueryable<PoliceUnit> Placed(AmparoDbContext db, IReadOnlySet<Guid>? jurisdictions)
    {
        var query = db.PoliceUnits.AsNoTracking().Where(u => u.Latitude != null && u.Longitude != null);
        if (jurisdictions is not null)
        {
            var ids = jurisdictions.ToList();
            query = query.Where(u => ids.Contains(u.JurisdictionId));
        }

        return query;
    }

    /// <summary>A jurisdiction by id or by its exact name; null when neither names one.</summary>
    public async Task<Guid?> JurisdictionAsync(Guid? id, string? name, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.Jurisdictions.AsNoTracking()
            .Where(j => (id != null && j.Id == id) || (id == null && name != null && j.Name == name))
            .Select(j => (Guid?)j.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }
}
