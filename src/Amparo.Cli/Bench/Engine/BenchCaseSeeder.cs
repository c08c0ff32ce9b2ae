using System.Globalization;
using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Devices;
using Amparo.Data.Identity;
using Amparo.Data.Institutions;
using Amparo.Data.People;
using Amparo.Data.Zones;
using Amparo.Domain.Cases;
using Amparo.Domain.Devices;
using Amparo.Domain.People;
using Amparo.Domain.Stock;
using Amparo.Server.Setup;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Amparo.Cli.Bench.Engine;

/// <summary>
/// Stores the bench's cases as an operator would set them up: a jurisdiction, and per case both parties, a home
/// exclusion zone, a zone around the victim and one GT06 tracker each; and an operator of that jurisdiction.
/// Names carry a run number, so runs can share a database.
/// </summary>
public static class BenchCaseSeeder
{
    public const string Jurisdiction = "Banco de pruebas";

    public static async Task<List<BenchCase>> SeedAsync(WebApplication app, int count, int run)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<AmparoDbContext>>();
        var jurisdictionId = await JurisdictionAsync(contexts);
        var now = DateTime.UtcNow;
        var cases = Enumerable.Range(0, count).Select(i => new BenchCase(
            Guid.CreateVersion7(),
            string.Create(CultureInfo.InvariantCulture, $"BENCH-{run:D5}-{i:D6}"),
            BenchTrack.Home(i),
            string.Create(CultureInfo.InvariantCulture, $"7{run:D5}{2 * i:D9}"),
            string.Create(CultureInfo.InvariantCulture, $"7{run:D5}{2 * i + 1:D9}"))).ToList();
        foreach (var chunk in cases.Chunk(250))
        {
            await using var db = contexts.CreateDbContext();
            foreach (var c in chunk)
            {
                Add(db, c, jurisdictionId, now);
            }

            await db.SaveChangesAsync();
        }

        return cases;
    }

    /// <summary>An operator of the bench's jurisdiction, with the password given.</summary>
    public static async Task<string> OperatorAsync(WebApplication app, int run, string password)
    {
        var jurisdictionId = await JurisdictionAsync(app.Services.GetRequiredService<IDbContextFactory<AmparoDbContext>>());
        var userName = string.Create(CultureInfo.InvariantCulture, $"banco-operador-{run:D5}");
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserProvisioner>()
            .EnsureAsync(userName, "Operadora del banco de pruebas", AmparoRoles.Operador, jurisdictionId, null, password);
        return result.Succeeded
            ? userName
            : throw new InvalidOperationException("The bench operator could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }

    private static async Task<Guid> JurisdictionAsync(IDbContextFactory<AmparoDbContext> contexts)
    {
        await using var db = contexts.CreateDbContext();
        var existing = await db.Jurisdictions.Where(j => j.Name == Jurisdiction).Select(j => j.Id).FirstOrDefaultAsync();
        if (existing != Guid.Empty)
        {
            return existing;
        }

        var jurisdiction = new Jurisdiction { Id = Guid.CreateVersion7(), Name = Jurisdiction, CountryCode = "PE" };
        db.Jurisdictions.Add(jurisdiction);
        await db.SaveChangesAsync();
        return jurisdiction.Id;
    }

    private const string BreachProvenByOneFix = """{"maxWalkingSpeedMps":50}""";

    private static void Add(AmparoDbContext db, BenchCase c, Guid jurisdictionId, DateTime now)
    {
        db.Cases.Add(new MonitoredCase
        {
            Id = c.Id, FileNumber = c.FileNumber, Court = "Juzgado del banco de pruebas", Status = CaseStatus.Active,
            JurisdictionId = jurisdictionId, CreatedAt = now,
            // The breach is one fix 1.1 km in, 30 s after the last (a car): raised on that fix rather than on the one
            // after it, so each breach is timed from the one fix that proves it.
            EngineSettingsJson = BreachProvenByOneFix,
        });
        var victim = new Person { Id = Guid.CreateVersion7(), CaseId = c.Id, Role = PartyRole.Victim, FullName = "Víctima " + c.FileNumber };
        var aggressor = new Person { Id = Guid.CreateVersion7(), CaseId = c.Id, Role = PartyRole.Aggressor, FullName = "Agresor " + c.FileNumber };
        db.People.AddRange(victim, aggressor);
        db.Zones.AddRange(
            new Zone
            {
                Id = Guid.CreateVersion7(), CaseId = c.Id, Name = "Domicilio", Kind = ZoneKind.Fixed,
                CentreLatitude = c.Home.Latitude, CentreLongitude = c.Home.Longitude,
                RadiusMetres = BenchTrack.HomeRadiusMetres, PreAlertBandMetres = BenchTrack.HomeRadiusMetres,
            },
            new Zone
            {
                Id = Guid.CreateVersion7(), CaseId = c.Id, Name = "Alrededor de la víctima", Kind = ZoneKind.Dynamic,
                RadiusMetres = BenchTrack.ProximityRadiusMetres, PreAlertBandMetres = BenchTrack.ProximityRadiusMetres,
            });
        foreach (var (imei, person, kind) in new[] { (c.AggressorImei, aggressor, DeviceKind.AggressorTracker), (c.VictimImei, victim, DeviceKind.VictimTracker) })
        {
            var deviceId = Guid.CreateVersion7();
            db.Devices.Add(new Device { Id = deviceId, UniqueId = imei, Protocol = DeviceProtocol.Gt06, Kind = kind, CreatedAt = now, StockStatus = StockStatus.Installed });
            db.DeviceAssignments.Add(new DeviceAssignment
            {
                Id = Guid.CreateVersion7(), DeviceId = deviceId, CaseId = c.Id, PersonId = person.Id, Role = person.Role, AssignedAt = now,
            });
        }
    }
}
