using System.Globalization;
using Amparo.Data.Cases;
using Amparo.Data.Institutions;
using Amparo.Data.People;
using Amparo.Data.Zones;
using Amparo.Domain.Cases;
using Amparo.Domain.Geo;
using Amparo.Domain.People;
using Amparo.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.FieldDevices;

/// <summary>
/// A jurisdiction of its own for one test: an adherent municipal gender area, one not adherent, a police station, and
/// a case with its two parties and a home zone but no device yet.
/// </summary>
public sealed record FieldWorld(TestServer Server, string Suffix, Guid JurisdictionId, Guid GenderAreaId, Guid NonAdherentAreaId, Guid PoliceId, Guid CaseId, GeoPoint Home)
{
    public static async Task<FieldWorld> CreateAsync(TestServer server, CaseStatus status = CaseStatus.Active)
    {
        var suffix = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..8];
        var jurisdictionId = await TestUsers.JurisdictionAsync(server, "Stock " + suffix);
        Institution Make(string name, InstitutionKind kind, bool adherent) => new()
        {
            Id = Guid.CreateVersion7(), Name = name + " " + suffix, Kind = kind, JurisdictionId = jurisdictionId,
            Adherent = adherent, AdheredOn = adherent ? new DateOnly(2025, 6, 1) : null,
        };
        var area = Make("Área de Género adherida", InstitutionKind.MunicipalGenderArea, true);
        var other = Make("Área de Género no adherida", InstitutionKind.MunicipalGenderArea, false);
        var police = Make("Comisaría", InstitutionKind.Police, false);
        var caseId = await CaseAsync(server, jurisdictionId, suffix, status, out var home, area, other, police);
        return new FieldWorld(server, suffix, jurisdictionId, area.Id, other.Id, police.Id, caseId, home);
    }

    public string Serial(string prefix) => $"{prefix}-{Suffix}";

    /// <summary>A user of a role in this jurisdiction, signed in.</summary>
    public async Task<HttpClient> UserAsync(string role, string name)
    {
        var userName = await TestUsers.CreateAsync(Server, $"{name}-{Suffix}", role, JurisdictionId);
        return await Server.ClientAsync(userName);
    }

    /// <summary>The devices registered into this jurisdiction's stock entered it a week ago (acts may then be dated in the past minutes).</summary>
    public async Task BackdateStockAsync()
    {
        await using var db = Server.Db();
        var institutions = new[] { GenderAreaId, NonAdherentAreaId, PoliceId };
        var weekAgo = DateTime.UtcNow.AddDays(-7);
        await db.DeviceMovements.Where(m => m.FromStatus == null && m.ToInstitutionId != null && institutions.Contains(m.ToInstitutionId.Value))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.At, weekAgo));
    }

    /// <summary>Another case of this jurisdiction, no devices.</summary>
    public Task<Guid> AnotherCaseAsync(CaseStatus status = CaseStatus.Active) =>
        CaseAsync(Server, JurisdictionId, Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..8], status, out _);

    private static Task<Guid> CaseAsync(TestServer server, Guid jurisdictionId, string suffix, CaseStatus status, out GeoPoint home, params Institution[] institutions)
    {
        var at = new GeoPoint(-16.40 - Random.Shared.NextDouble() / 100, -71.53 - Random.Shared.NextDouble() / 100);
        home = at;
        return SaveAsync();

        async Task<Guid> SaveAsync()
        {
            await using var db = server.Db();
            db.Institutions.AddRange(institutions);
            var caseId = Guid.CreateVersion7();
            db.Cases.Add(new MonitoredCase
            {
                Id = caseId, FileNumber = "STOCK-" + suffix, Court = "Juzgado de prueba", Status = status,
                JurisdictionId = jurisdictionId, CreatedAt = DateTime.UtcNow.AddDays(-1),
            });
            db.People.AddRange(
                new Person { Id = Guid.CreateVersion7(), CaseId = caseId, Role = PartyRole.Victim, FullName = "Víctima " + suffix },
                new Person { Id = Guid.CreateVersion7(), CaseId = caseId, Role = PartyRole.Aggressor, FullName = "Agresor " + suffix });
            db.Zones.Add(new Zone
            {
                Id = Guid.CreateVersion7(), CaseId = caseId, Name = "Domicilio", Kind = ZoneKind.Fixed,
                CentreLatitude = at.Latitude, CentreLongitude = at.Longitude, RadiusMetres = 500, PreAlertBandMetres = 500,
            });
            await db.SaveChangesAsync();
            return caseId;
        }
    }
}
