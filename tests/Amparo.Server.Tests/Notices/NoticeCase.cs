using System.Globalization;
using Amparo.Data.Cases;
using Amparo.Data.Institutions;
using Amparo.Data.People;
using Amparo.Domain.Cases;
using Amparo.Domain.Intake;
using Amparo.Domain.People;
using Amparo.Server.Setup;
using Amparo.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Notices;

/// <summary>
/// A case with a judicial order, measures and both parties' addresses, in a jurisdiction of its own (so its court's
/// notice numbers and its institutions are the test's alone), with a court user of that jurisdiction.
/// </summary>
public sealed record NoticeCase(TestCase Case, string Court, string Judge, string VictimName, string AggressorName,
    string VictimAddress, string AggressorAddress, string CourtUser, string Suffix)
{
    public Guid Id => Case.Id;

    /// <summary>A case of <c>court</c> when the test needs two cases of one court; else of a court of its own.</summary>
    public static async Task<NoticeCase> CreateAsync(TestServer server, string? court = null)
    {
        var suffix = Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..8];
        var test = await TestCase.CreateAsync(server, jurisdiction: "Jurisdicción " + suffix);
        court ??= $"Segundo Juzgado de Familia de Cayma {suffix}";
        var judge = "Dra. Lucía Ñáñez Córdova";
        var victimAddress = $"Calle Los Álamos 123, Cayma (ref. {suffix}v)";
        var aggressorAddress = $"Av. Ejército 456, Yanahuara (ref. {suffix}a)";
        await using var db = server.Db();
        var people = await db.People.Where(p => p.CaseId == test.Id).ToListAsync();
        var victim = people.Single(p => p.Role == PartyRole.Victim);
        var aggressor = people.Single(p => p.Role == PartyRole.Aggressor);
        var monitored = await db.Cases.SingleAsync(c => c.Id == test.Id);
        monitored.Court = court;
        aggressor.DocumentNumber = "40123456";
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        db.JudicialOrders.Add(new JudicialOrder
        {
            Id = Guid.CreateVersion7(), CaseId = test.Id, Kind = JudicialOrderKind.Initial, Court = court, Judge = judge,
            FileNumber = test.FileNumber, IssuedOn = today.AddDays(-2), PerimeterMetres = 1_000, RecordedBy = "prueba", RecordedAt = DateTime.UtcNow,
        });
        db.ProtectionMeasures.AddRange(
            new ProtectionMeasure { Id = Guid.CreateVersion7(), CaseId = test.Id, Type = ProtectionMeasureType.ProhibitionToApproach, StartsOn = today.AddDays(-2), EndsOn = today.AddMonths(6), Details = "1000 m de la víctima y de su domicilio" },
            new ProtectionMeasure { Id = Guid.CreateVersion7(), CaseId = test.Id, Type = ProtectionMeasureType.ElectronicSurveillance, StartsOn = today.AddDays(-2), EndsOn = today.AddMonths(6) });
        db.CaseAddresses.AddRange(
            new CaseAddress { Id = Guid.CreateVersion7(), CaseId = test.Id, PersonId = victim.Id, Role = PartyRole.Victim, Kind = AddressKind.Home, Text = victimAddress, Protected = true },
            new CaseAddress { Id = Guid.CreateVersion7(), CaseId = test.Id, PersonId = aggressor.Id, Role = PartyRole.Aggressor, Kind = AddressKind.Home, Text = aggressorAddress });
        await db.SaveChangesAsync();
        var courtUser = await TestUsers.CreateAsync(server, "juzgado-" + suffix, Data.Identity.AmparoRoles.Juzgado, test.JurisdictionId);
        return new NoticeCase(test, court, judge, victim.FullName, aggressor.FullName, victimAddress, aggressorAddress, courtUser, suffix);
    }

    /// <summary>Registers an institution in the case's jurisdiction.</summary>
    public async Task<Guid> InstitutionAsync(TestServer server, string name, InstitutionKind kind)
    {
        await using var db = server.Db();
        var id = Guid.CreateVersion7();
        db.Institutions.Add(new Institution { Id = id, Name = name, Kind = kind, JurisdictionId = Case.JurisdictionId });
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>A user of a role who belongs to an institution, in the case's jurisdiction.</summary>
    public async Task<string> UserAsync(TestServer server, string name, string role, Guid? institutionId)
    {
        await using var scope = server.App.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserProvisioner>()
            .EnsureAsync(name, name, role, Case.JurisdictionId, institutionId, TestServer.Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return name;
    }
}
