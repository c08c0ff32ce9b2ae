using System.Globalization;
using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Devices;
using Amparo.Data.Institutions;
using Amparo.Data.People;
using Amparo.Data.Positions;
using Amparo.Data.Zones;
using Amparo.Domain.Cases;
using Amparo.Domain.Devices;
using Amparo.Domain.Intake;
using Amparo.Domain.People;
using Amparo.Domain.Stock;
using Npgsql;
using NpgsqlTypes;

namespace Amparo.Cli.Bench.Portability;

/// <summary>
/// Fills a new PostgreSQL database for the bench: a case per two trackers (both parties, a protected address placed
/// on the map, a circle, a polygon, a route and a dynamic zone, the aggressor's and the victim's tracker), then the
/// positions by one binary COPY, spread evenly over the trackers, one fix every 30 s walking around each home.
/// </summary>
internal static class PortabilityBenchSeeder
{
    private static readonly DateTime Origin = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    public static async Task<long> SeedAsync(AmparoDbContextFactory contexts, string connectionString, int positions, int devices, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        var trackers = new List<(Guid Device, double Latitude, double Longitude)>();
        await using (var db = contexts.CreateDbContext())
        {
            var jurisdiction = new Jurisdiction { Id = Guid.CreateVersion7(), Name = "Banco de portabilidad", CountryCode = "PE" };
            db.Jurisdictions.Add(jurisdiction);
            for (var c = 0; c < (devices + 1) / 2; c++)
            {
                var (latitude, longitude) = (-16.40 + (0.01 * (c / 10)), -71.54 + (0.01 * (c % 10)));
                trackers.AddRange(AddCase(db, jurisdiction.Id, c, latitude, longitude, now).Select(d => (d, latitude, longitude)));
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY \"{PositionTable.Name}\" ({PositionTable.QuotedColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        var random = new Random(7);
        var walkers = trackers.Take(devices).Select(t => (t.Device, Latitude: t.Latitude, Longitude: t.Longitude)).ToArray();
        for (var i = 0; i < positions; i++)
        {
            var d = i % walkers.Length;
            var (device, latitude, longitude) = walkers[d];
            walkers[d] = (device, latitude + ((random.NextDouble() - 0.5) * 2e-4), longitude + ((random.NextDouble() - 0.5) * 2e-4));
            var fix = Origin.AddSeconds(30.0 * (i / walkers.Length));
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(device, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(fix, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(fix.AddSeconds(1.5 + random.NextDouble()), NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(i % 50 != 0, NpgsqlDbType.Boolean, cancellationToken);
            await copy.WriteAsync(latitude, NpgsqlDbType.Double, cancellationToken);
            await copy.WriteAsync(longitude, NpgsqlDbType.Double, cancellationToken);
            await copy.WriteAsync(5 + Math.Round(random.NextDouble() * 40, 1), NpgsqlDbType.Double, cancellationToken);
            await copy.WriteAsync(Math.Round(random.NextDouble() * 3, 2), NpgsqlDbType.Double, cancellationToken);
            await copy.WriteAsync(Math.Round(random.NextDouble() * 360), NpgsqlDbType.Double, cancellationToken);
            await copy.WriteNullAsync(cancellationToken);
            await copy.WriteAsync(100.0 - (i / walkers.Length % 100), NpgsqlDbType.Double, cancellationToken);
            await copy.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"{{\"sat\":{4 + (i % 9)},\"gsm\":{i % 5}}}"), NpgsqlDbType.Text, cancellationToken);
        }

        return (long)await copy.CompleteAsync(cancellationToken);
    }

    /// <summary>A case with both parties, a placed address, four zones and two trackers; returns the trackers.</summary>
    private static Guid[] AddCase(AmparoDbContext db, Guid jurisdictionId, int index, double latitude, double longitude, DateTime now)
    {
        var caseId = Guid.CreateVersion7();
        var fileNumber = string.Create(CultureInfo.InvariantCulture, $"PORT-{index:D5}");
        db.Cases.Add(new MonitoredCase
        {
            Id = caseId, FileNumber = fileNumber, Court = "Juzgado del banco de pruebas", Status = CaseStatus.Active, JurisdictionId = jurisdictionId, CreatedAt = now,
        });
        var victim = new Person { Id = Guid.CreateVersion7(), CaseId = caseId, Role = PartyRole.Victim, FullName = "Víctima " + fileNumber, Phones = ["+51 900 000 001"] };
        var aggressor = new Person { Id = Guid.CreateVersion7(), CaseId = caseId, Role = PartyRole.Aggressor, FullName = "Agresor " + fileNumber };
        db.People.AddRange(victim, aggressor);
        db.CaseAddresses.Add(new CaseAddress
        {
            Id = Guid.CreateVersion7(), CaseId = caseId, PersonId = victim.Id, Role = PartyRole.Victim, Kind = AddressKind.Home, Text = "Domicilio " + fileNumber,
            Latitude = latitude, Longitude = longitude, Protected = true, ConfirmedAt = now,
        });
        var polygon = string.Create(CultureInfo.InvariantCulture,
            $"[[{latitude + 0.002},{longitude}],[{latitude + 0.002},{longitude + 0.002}],[{latitude + 0.004},{longitude + 0.001}]]");
        var path = string.Create(CultureInfo.InvariantCulture, $"[[{latitude},{longitude}],[{latitude - 0.003},{longitude + 0.002}],[{latitude - 0.006},{longitude + 0.002}]]");
        db.Zones.AddRange(
            new Zone { Id = Guid.CreateVersion7(), CaseId = caseId, Name = "Domicilio", Kind = ZoneKind.Fixed, CentreLatitude = latitude, CentreLongitude = longitude, RadiusMetres = 500, PreAlertBandMetres = 500 },
            new Zone { Id = Guid.CreateVersion7(), CaseId = caseId, Name = "Mercado", Kind = ZoneKind.Fixed, PolygonJson = polygon, PreAlertBandMetres = 100 },
            new Zone { Id = Guid.CreateVersion7(), CaseId = caseId, Name = "Ruta", Kind = ZoneKind.Route, PathJson = path, RadiusMetres = 100, ScheduleJson = """[{"days":"Mon-Fri","from":"07:00","to":"09:00"}]""" },
            new Zone { Id = Guid.CreateVersion7(), CaseId = caseId, Name = "Alrededor de la víctima", Kind = ZoneKind.Dynamic, RadiusMetres = 300, PreAlertBandMetres = 300 });
        var trackers = new List<Guid>();
        foreach (var (person, kind, n) in new[] { (aggressor, DeviceKind.AggressorTracker, 0), (victim, DeviceKind.VictimTracker, 1) })
        {
            var deviceId = Guid.CreateVersion7();
            db.Devices.Add(new Device
            {
                Id = deviceId, UniqueId = string.Create(CultureInfo.InvariantCulture, $"86{index:D8}{n:D5}"), Protocol = DeviceProtocol.Gt06, Kind = kind, CreatedAt = now,
                StockStatus = StockStatus.Installed,
            });
            db.DeviceAssignments.Add(new DeviceAssignment { Id = Guid.CreateVersion7(), DeviceId = deviceId, CaseId = caseId, PersonId = person.Id, Role = person.Role, AssignedAt = now });
            trackers.Add(deviceId);
        }

        return [.. trackers];
    }
}
