using Amparo.Data.Audit;
using Amparo.Data.Cases;
using Amparo.Data.Database;
using Amparo.Data.Devices;
using Amparo.Data.Institutions;
using Amparo.Data.People;
using Amparo.Data.Positions;
using Amparo.Data.Retention;
using Amparo.Domain.Cases;
using Amparo.Domain.Devices;
using Amparo.Domain.Intake;
using Amparo.Domain.People;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Amparo.Data.Tests.Retention;

public class RetentionPassTests
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Each_jurisdictions_law_deletes_tracks_and_anonymises_people_of_cases_closed_long_enough_ago_once(DatabaseProvider provider)
    {
        var factory = await MigratedDatabase.CreateAsync(provider);
        var now = DateTime.UtcNow;
        var arequipa = await JurisdictionAsync(factory, "Arequipa");
        var cusco = await JurisdictionAsync(factory, "Cusco");
        // Arequipa follows the default (tracks 5 years, personal data 10); Cusco's law keeps tracks one year.
        var sixYears = await CaseAsync(factory, arequipa, CaseStatus.Closed, now.AddYears(-6));
        var twoYearsCusco = await CaseAsync(factory, cusco, CaseStatus.Closed, now.AddYears(-2));
        var elevenYears = await CaseAsync(factory, arequipa, CaseStatus.Closed, now.AddYears(-11));
        var twoYears = await CaseAsync(factory, arequipa, CaseStatus.Closed, now.AddYears(-2));
        var active = await CaseAsync(factory, arequipa, CaseStatus.Active, null);
        var options = new RetentionOptions
        {
            Default = new RetentionRules { TracksYears = 5, PersonalDataYears = 10 },
            Jurisdictions = new(StringComparer.OrdinalIgnoreCase) { ["Cusco"] = new RetentionRules { TracksYears = 1 } },
        };
        var pass = new RetentionPass(factory, new ClusterPassLock(Options.Create(factory.Options)), Options.Create(options), TimeProvider.System);

        var first = await pass.RunAsync(CancellationToken.None);
        var again = await pass.RunAsync(CancellationToken.None);

        Assert.Equal(new RetentionOutcome(3, 9, 1), first);
        Assert.Equal(new RetentionOutcome(0, 0, 0), again);
        await using var db = factory.CreateDbContext();
        Assert.Equal(0, await FixesAsync(db, sixYears.Device, sixYears.Worn));
        Assert.Equal(1, await db.Positions.CountAsync(p => p.DeviceId == sixYears.Device && p.FixTime > sixYears.Worn.End));
        Assert.Equal(0, await FixesAsync(db, twoYearsCusco.Device, twoYearsCusco.Worn));
        Assert.Equal(3, await FixesAsync(db, twoYears.Device, twoYears.Worn));
        Assert.Equal(3, await FixesAsync(db, active.Device, active.Worn));
        Assert.Equal("Víctima", await db.People.Where(p => p.CaseId == sixYears.Id).Select(p => p.FullName).SingleAsync());
        Assert.Equal(1, await db.TrustedContacts.CountAsync(t => t.PersonId == sixYears.Person));

        var anonymised = await db.People.SingleAsync(p => p.CaseId == elevenYears.Id);
        Assert.Equal("(anonimizado)", anonymised.FullName);
        Assert.Null(anonymised.DocumentNumber);
        Assert.Empty(anonymised.Phones);
        Assert.Equal(0, await db.TrustedContacts.CountAsync(t => t.PersonId == elevenYears.Person));
        var address = await db.CaseAddresses.SingleAsync(a => a.CaseId == elevenYears.Id);
        Assert.Equal("(anonimizado)", address.Text);
        Assert.Null(address.Latitude);
        Assert.Equal("(anonimizado)", await db.Dependants.Where(d => d.CaseId == elevenYears.Id).Select(d => d.FullName).SingleAsync());
        Assert.Equal("(anonimizado)", await db.Vehicles.Where(v => v.CaseId == elevenYears.Id).Select(v => v.Plate).SingleAsync());

        var timeline = await db.CaseEvents.Where(e => e.Actor == RetentionPass.Actor).Select(e => new { e.CaseId, e.Kind }).ToListAsync();
        Assert.Equal(4, timeline.Count);
        Assert.Contains(timeline, e => e.CaseId == elevenYears.Id && e.Kind == CaseEventKinds.PersonalDataAnonymised);
        Assert.Equal(4, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.RetentionApplied));
    }

    private static Task<int> FixesAsync(AmparoDbContext db, Guid device, (DateTime Start, DateTime End) worn) =>
        db.Positions.CountAsync(p => p.DeviceId == device && p.FixTime >= worn.Start && p.FixTime <= worn.End);

    private static async Task<Guid> JurisdictionAsync(AmparoDbContextFactory factory, string name)
    {
        await using var db = factory.CreateDbContext();
        var jurisdiction = new Jurisdiction { Id = Guid.CreateVersion7(), Name = name, CountryCode = "PE" };
        db.Jurisdictions.Add(jurisdiction);
        await db.SaveChangesAsync();
        return jurisdiction.Id;
    }

    /// <summary>A case with a victim who has a contact, an address, a dependant and a vehicle on record, and three fixes of her device while worn.</summary>
    private static async Task<SeededCase> CaseAsync(AmparoDbContextFactory factory, Guid jurisdiction, CaseStatus status, DateTime? closedAt)
    {
        await using var db = factory.CreateDbContext();
        var id = Guid.CreateVersion7();
        var start = (closedAt ?? DateTime.UtcNow).AddDays(-30);
        var end = closedAt ?? DateTime.UtcNow;
        db.Cases.Add(new MonitoredCase { Id = id, FileNumber = "RET-" + id.ToString("N")[..8], Court = "Juzgado", Status = status, JurisdictionId = jurisdiction, CreatedAt = start, ClosedAt = closedAt });
        var person = new Person { Id = Guid.CreateVersion7(), CaseId = id, Role = PartyRole.Victim, FullName = "Víctima", DocumentNumber = "40123456", Phones = ["+51 959 000 111"] };
        db.People.Add(person);
        db.TrustedContacts.Add(new TrustedContact { Id = Guid.CreateVersion7(), PersonId = person.Id, Name = "Madre", Phone = "+51 959 000 222", Rank = 1 });
        db.CaseAddresses.Add(new CaseAddress { Id = Guid.CreateVersion7(), CaseId = id, PersonId = person.Id, Role = PartyRole.Victim, Kind = AddressKind.Home, Text = "Calle Mercaderes 120", Latitude = -16.4, Longitude = -71.5 });
        db.Dependants.Add(new Dependant { Id = Guid.CreateVersion7(), CaseId = id, FullName = "Hija", Category = DependantCategory.Child });
        db.Vehicles.Add(new Vehicle { Id = Guid.CreateVersion7(), CaseId = id, PersonId = person.Id, Plate = "V1A-123" });
        var device = new Device { Id = Guid.CreateVersion7(), UniqueId = "ret-" + id.ToString("N")[..12], Protocol = DeviceProtocol.OsmAnd, Kind = DeviceKind.Phone, CreatedAt = start };
        db.Devices.Add(device);
        db.DeviceAssignments.Add(new DeviceAssignment { Id = Guid.CreateVersion7(), DeviceId = device.Id, CaseId = id, PersonId = person.Id, Role = PartyRole.Victim, AssignedAt = start, RemovedAt = closedAt });
        foreach (var day in new[] { 1, 10, 20 })
        {
            db.Positions.Add(Fix(device.Id, start.AddDays(day)));
        }

        if (closedAt is not null)
        {
            // The device went back to stock and served someone else after: not this case's track.
            db.Positions.Add(Fix(device.Id, end.AddDays(5)));
        }

        await db.SaveChangesAsync();
        return new SeededCase(id, person.Id, device.Id, (start, end));
    }

    private static Position Fix(Guid device, DateTime at) => new()
    {
        DeviceId = device, FixTime = at, ServerTime = at, Valid = true, Latitude = -16.4, Longitude = -71.5, Attributes = "{}",
    };

    private sealed record SeededCase(Guid Id, Guid Person, Guid Device, (DateTime Start, DateTime End) Worn);
}
