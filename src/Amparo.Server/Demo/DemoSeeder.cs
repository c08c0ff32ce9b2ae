using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Devices;
using Amparo.Data.Identity;
using Amparo.Data.Institutions;
using Amparo.Data.People;
using Amparo.Data.Zones;
using Amparo.Domain.Cases;
using Amparo.Domain.Devices;
using Amparo.Domain.Intake;
using Amparo.Domain.People;
using Amparo.Domain.Stock;
using Amparo.Server.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Server.Demo;

/// <summary>Seeds the demo once: Arequipa, its institutions, two monitored cases with devices, a case still in intake, a citizen's alert; and the demo users.</summary>
public sealed class DemoSeeder(AmparoDbContext db, UserProvisioner users, IOptions<DemoOptions> options, TimeProvider time)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var arequipa = await db.Jurisdictions.FirstOrDefaultAsync(j => j.Name == DemoScenario.Jurisdiction, cancellationToken)
            ?? await SeedPlacesAsync(cancellationToken);
        // One read of Arequipa's institutions: each demo user belongs to one of them.
        var institutions = (await db.Institutions.Where(i => i.JurisdictionId == arequipa.Id).Select(i => new { i.Kind, i.Id }).ToListAsync(cancellationToken))
            .GroupBy(i => i.Kind).ToDictionary(g => g.Key, g => (Guid?)g.First().Id);
        var centre = institutions[InstitutionKind.MonitoringCentre];
        var store = institutions.GetValueOrDefault(InstitutionKind.MunicipalGenderArea);
        var password = options.Value.Password;
        await Ensure(users.EnsureAsync("operador", "Operadora de turno", AmparoRoles.Operador, arequipa.Id, centre, password));
        await Ensure(users.EnsureAsync("operador2", "Operador de turno", AmparoRoles.Operador, arequipa.Id, centre, password));
        await Ensure(users.EnsureAsync("supervisor", "Supervisora del centro", AmparoRoles.Supervisor, arequipa.Id, centre, password));
        // Sees the SMS kept without a gateway: in the demo, where a citizen's verification code can be read.
        await Ensure(users.EnsureAsync("administrador", "Administración del centro", AmparoRoles.Administrador, arequipa.Id, centre, password));
        // One user of each institution that takes part in a case, to try what each may see and do.
        await Ensure(users.EnsureAsync("juzgado", "Secretaria del juzgado", AmparoRoles.Juzgado, arequipa.Id, institutions.GetValueOrDefault(InstitutionKind.Court), password));
        await Ensure(users.EnsureAsync("cem", "Psicóloga del CEM", AmparoRoles.Cem, arequipa.Id, institutions.GetValueOrDefault(InstitutionKind.WomensMinistry), password));
        await Ensure(users.EnsureAsync("tecnico", "Técnico de campo", AmparoRoles.Tecnico, arequipa.Id, store, password));
        await Ensure(users.EnsureAsync("policia", "Comisaría de Familia", AmparoRoles.Policia, arequipa.Id, institutions.GetValueOrDefault(InstitutionKind.Police), password));
        if (!await db.Cases.AnyAsync(c => c.FileNumber == DemoScenario.Case1File, cancellationToken))
        {
            var now = time.GetUtcNow().UtcDateTime;
            SeedCase(arequipa.Id, DemoScenario.Case1File, "María Quispe Huamán", "Jorge Condori Ríos", DemoScenario.Home1.Latitude, DemoScenario.Home1.Longitude, DemoScenario.Home1Radius, 300, now, termDays: 183, store);
            SeedCase(arequipa.Id, DemoScenario.Case2File, "Rosa Mamani Ccama", "Luis Apaza Turpo", DemoScenario.Home2.Latitude, DemoScenario.Home2.Longitude, DemoScenario.Home2Radius, 1000, now, termDays: 8, store);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (store is { } custodian && !await db.Devices.AnyAsync(d => d.UniqueId == DemoScenario.Store[0].UniqueId, cancellationToken))
        {
            SeedStock(custodian, time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await db.Cases.AnyAsync(c => c.FileNumber == DemoScenario.Case3File, cancellationToken))
        {
            SeedIntakeCase(arequipa.Id, time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }

        await CitizenDemo.SeedAsync(db, arequipa.Id, time.GetUtcNow().UtcDateTime, cancellationToken);
    }

    /// <summary>The adherent gender area's store: devices ready for the next installation act.</summary>
    /// <summary>The demo centre's calendar day (Arequipa), not the server's: between 19:00 and midnight in Peru UTC is already tomorrow.</summary>
    private static DateOnly CentreToday(DateTime utcNow) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utcNow, TimeZoneInfo.FindSystemTimeZoneById("America/Lima")));

    private void SeedStock(Guid custodianId, DateTime now)
    {
        foreach (var (uniqueId, protocol, kind, model) in DemoScenario.Store)
        {
            db.Devices.Add(new Device
            {
                Id = Guid.CreateVersion7(), UniqueId = uniqueId, Protocol = protocol, Kind = kind, Model = model, CreatedAt = now,
                StockStatus = StockStatus.InStore, CustodianId = custodianId,
            });
        }
    }

    /// <summary>
    /// A case still in intake, to show the activation check at work: the order is in, her home is placed and has
    /// signal, but his home lies 600 m from hers, inside the 1,000 m perimeter; no risk assessment nor her decision yet.
    /// </summary>
    private void SeedIntakeCase(Guid jurisdictionId, DateTime now)
    {
        var caseId = Guid.CreateVersion7();
        var today = CentreToday(now);
        db.Cases.Add(new MonitoredCase
        {
            Id = caseId, FileNumber = DemoScenario.Case3File, Court = DemoScenario.Court, Status = CaseStatus.Ordered,
            JurisdictionId = jurisdictionId, CreatedAt = now, PerimeterMetres = 1_000,
            Measures =
            [
                new ProtectionMeasure { Id = Guid.CreateVersion7(), Type = ProtectionMeasureType.ProhibitionToApproach, StartsOn = today, EndsOn = today.AddMonths(6), Details = "1.000 m de la víctima y de su domicilio" },
                new ProtectionMeasure { Id = Guid.CreateVersion7(), Type = ProtectionMeasureType.ElectronicSurveillance, StartsOn = today, EndsOn = today.AddMonths(6) },
            ],
        });
        var victim = new Person { Id = Guid.CreateVersion7(), CaseId = caseId, Role = PartyRole.Victim, FullName = "Julia Ccori Layme", Phones = ["+51 959 000 404"] };
        var aggressor = new Person { Id = Guid.CreateVersion7(), CaseId = caseId, Role = PartyRole.Aggressor, FullName = "Marco Huanca Soto", Phones = ["+51 959 000 505"] };
        db.People.AddRange(victim, aggressor);
        db.JudicialOrders.Add(Order(caseId, DemoScenario.Case3File, today, 1_000, now));
        var home = DemoScenario.Home3;
        db.CaseAddresses.AddRange(
            new CaseAddress
            {
                Id = Guid.CreateVersion7(), CaseId = caseId, PersonId = victim.Id, Role = PartyRole.Victim, Kind = AddressKind.Home, Text = "Calle Jerusalén 410, Cercado",
                Latitude = home.Latitude, Longitude = home.Longitude, Protected = true, ConfirmedBy = "supervisor", ConfirmedAt = now,
                Coverage = Coverage.Good, CoverageBy = "supervisor", CoverageAt = now, CoverageNote = "Claro y Movistar 4G",
            },
            new CaseAddress
            {
                Id = Guid.CreateVersion7(), CaseId = caseId, PersonId = aggressor.Id, Role = PartyRole.Aggressor, Kind = AddressKind.Home, Text = "Av. Goyeneche 1220, Miraflores",
                Latitude = home.Latitude + 600 / 110_662.86, Longitude = home.Longitude, ConfirmedBy = "supervisor", ConfirmedAt = now,
            });
        CaseTimeline.Record(db, caseId, CaseEventKinds.OrderRegistered, "supervisor", now, "Caso de demostración en ingreso");
    }

    private static JudicialOrder Order(Guid caseId, string file, DateOnly issuedOn, double perimeter, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(), CaseId = caseId, Kind = JudicialOrderKind.Initial, Court = DemoScenario.Court, Judge = "Dra. Elena Vargas Málaga",
        FileNumber = file, IssuedOn = issuedOn, PerimeterMetres = perimeter, RecordedBy = "supervisor", RecordedAt = now,
    };

    private async Task<Jurisdiction> SeedPlacesAsync(CancellationToken cancellationToken)
    {
        var peru = new Jurisdiction { Id = Guid.CreateVersion7(), Name = "Perú", CountryCode = "PE" };
        var arequipa = new Jurisdiction { Id = Guid.CreateVersion7(), Name = DemoScenario.Jurisdiction, CountryCode = "PE", ParentId = peru.Id };
        db.Jurisdictions.AddRange(peru, arequipa);
        db.Institutions.AddRange(
            new Institution { Id = Guid.CreateVersion7(), Name = "Corte Superior de Justicia de Arequipa", Kind = InstitutionKind.Court, JurisdictionId = arequipa.Id },
            new Institution { Id = Guid.CreateVersion7(), Name = "Policía Nacional del Perú — Arequipa", Kind = InstitutionKind.Police, JurisdictionId = arequipa.Id },
            new Institution { Id = Guid.CreateVersion7(), Name = "Centro Emergencia Mujer — Arequipa", Kind = InstitutionKind.WomensMinistry, JurisdictionId = arequipa.Id },
            new Institution { Id = Guid.CreateVersion7(), Name = "Centro de Monitoreo Amparo — Arequipa", Kind = InstitutionKind.MonitoringCentre, JurisdictionId = arequipa.Id },
            new Institution
            {
                Id = Guid.CreateVersion7(), Name = "Área de la Mujer — Municipalidad Provincial de Arequipa", Kind = InstitutionKind.MunicipalGenderArea,
                JurisdictionId = arequipa.Id, Adherent = true, AdheredOn = new DateOnly(2026, 3, 8),
            });
        await db.SaveChangesAsync(cancellationToken);
        return arequipa;
    }

    private void SeedCase(Guid jurisdictionId, string file, string victimName, string aggressorName,
        double homeLat, double homeLon, double homeRadius, double proximityRadius, DateTime now, int termDays, Guid? custodianId)
    {
        // Every demo order lasts six months; the second is near its end, so the court's queue of expiring terms has a case.
        var caseId = Guid.CreateVersion7();
        var today = CentreToday(now);
        var endsOn = today.AddDays(termDays);
        var startsOn = endsOn.AddMonths(-6) < today ? endsOn.AddMonths(-6) : today;
        db.Cases.Add(new MonitoredCase
        {
            Id = caseId, FileNumber = file, Court = DemoScenario.Court,
            Status = CaseStatus.Active, JurisdictionId = jurisdictionId, CreatedAt = now, PerimeterMetres = homeRadius,
            VictimConsent = ConsentDecision.Given, ActivatedAt = now, ActivatedBy = "supervisor",
            Measures =
            [
                new ProtectionMeasure { Id = Guid.CreateVersion7(), Type = ProtectionMeasureType.ProhibitionToApproach, StartsOn = startsOn, EndsOn = endsOn, Details = $"{homeRadius} m del domicilio y {proximityRadius} m de la víctima" },
                new ProtectionMeasure { Id = Guid.CreateVersion7(), Type = ProtectionMeasureType.ElectronicSurveillance, StartsOn = startsOn, EndsOn = endsOn },
            ],
        });
        var victim = new Person { Id = Guid.CreateVersion7(), CaseId = caseId, Role = PartyRole.Victim, FullName = victimName, Phones = ["+51 959 000 101"] };
        var aggressor = new Person { Id = Guid.CreateVersion7(), CaseId = caseId, Role = PartyRole.Aggressor, FullName = aggressorName, Phones = ["+51 959 000 202"] };
        db.People.AddRange(victim, aggressor);
        db.JudicialOrders.Add(Order(caseId, file, startsOn, homeRadius, now));
        if (file == DemoScenario.Case1File)
        {
            db.TrustedContacts.Add(new TrustedContact { Id = Guid.CreateVersion7(), PersonId = victim.Id, Name = "Carmen Huamán Quispe", Relation = "Madre", Phone = "+51 959 000 303", Rank = 1 });
        }

        db.Zones.AddRange(
            new Zone { Id = Guid.CreateVersion7(), CaseId = caseId, Name = "Domicilio de la víctima", Kind = ZoneKind.Fixed, CentreLatitude = homeLat, CentreLongitude = homeLon, RadiusMetres = homeRadius, PreAlertBandMetres = homeRadius },
            new Zone { Id = Guid.CreateVersion7(), CaseId = caseId, Name = "Alrededor de la víctima", Kind = ZoneKind.Dynamic, RadiusMetres = proximityRadius, PreAlertBandMetres = proximityRadius });
        foreach (var device in DemoScenario.Devices.Where(d => d.CaseFile == file))
        {
            var deviceId = Guid.CreateVersion7();
            db.Devices.Add(new Device
            {
                Id = deviceId, UniqueId = device.UniqueId, Protocol = DeviceProtocol.OsmAnd,
                Kind = device.IsAggressor ? DeviceKind.AggressorTracker : DeviceKind.Phone, CreatedAt = now,
                Label = device.IsAggressor ? "Rastreador del agresor (simulado)" : "Teléfono de la víctima (simulado)",
                StockStatus = StockStatus.Installed, CustodianId = custodianId,
            });
            var person = device.IsAggressor ? aggressor : victim;
            db.DeviceAssignments.Add(new DeviceAssignment
            {
                Id = Guid.CreateVersion7(), DeviceId = deviceId, CaseId = caseId, PersonId = person.Id, Role = person.Role, AssignedAt = now,
            });
        }
    }

    private static async Task Ensure(Task<Microsoft.AspNetCore.Identity.IdentityResult> step)
    {
        var result = await step;
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo user could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
