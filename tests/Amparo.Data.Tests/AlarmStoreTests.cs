using Amparo.Data.Alarms;
using Amparo.Data.Database;
using Amparo.Domain.Alarms;
using Amparo.Domain.Monitoring;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Tests;

public class AlarmStoreTests
{
    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    private static AlarmTrigger Trigger(AlarmType type, double distance) => new(type, new AlarmEvidence(
        "fixed_zone", 500, 500, distance, new FixEvidence(Guid.NewGuid(), DateTime.UtcNow, -16.4, -71.5, 5), null, Guid.NewGuid(), "Domicilio"));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task One_open_alarm_per_case_and_type_repeats_update_it(DatabaseProvider provider)
    {
        var factory = await MigratedDatabase.CreateAsync(provider);
        var store = new AlarmStore(factory, TimeProvider.System);
        var caseId = Guid.NewGuid();

        var first = await store.RaiseAsync(caseId, Trigger(AlarmType.ZoneEntry, 400), CancellationToken.None);
        var repeat = await store.RaiseAsync(caseId, Trigger(AlarmType.ZoneEntry, 300), CancellationToken.None);
        var other = await store.RaiseAsync(caseId, Trigger(AlarmType.Proximity, 100), CancellationToken.None);

        Assert.True(first.Opened);
        Assert.False(repeat.Opened);
        Assert.Equal(first.Alarm.Id, repeat.Alarm.Id);
        Assert.Equal(2, repeat.Alarm.TriggerCount);
        Assert.True(other.Opened);
        Assert.Contains("\"distanceMetres\":400", repeat.Alarm.FirstEvidence, StringComparison.Ordinal);
        Assert.Contains("\"distanceMetres\":300", repeat.Alarm.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_database_itself_refuses_a_second_open_alarm_of_a_type(DatabaseProvider provider)
    {
        var factory = await MigratedDatabase.CreateAsync(provider);
        var caseId = Guid.NewGuid();
        Alarm Open() => new()
        {
            Id = Guid.NewGuid(), CaseId = caseId, Type = AlarmType.ZoneEntry, Priority = AlarmPriority.Critical, State = AlarmState.New,
            RaisedAt = DateTime.UtcNow, LastTriggeredAt = DateTime.UtcNow, TriggerCount = 1, Evidence = "{}", FirstEvidence = "{}", Explanation = "x",
        };
        await using (var db = factory.CreateDbContext())
        {
            var resolved = Open();
            resolved.State = AlarmState.Resolved;
            db.Alarms.AddRange(Open(), resolved);
            await db.SaveChangesAsync();
        }

        await using var again = factory.CreateDbContext();
        again.Alarms.Add(Open());
        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Two_operators_cannot_both_claim_an_alarm(DatabaseProvider provider)
    {
        var factory = await MigratedDatabase.CreateAsync(provider);
        var store = new AlarmStore(factory, TimeProvider.System);
        var alarm = (await store.RaiseAsync(Guid.NewGuid(), Trigger(AlarmType.ZoneEntry, 100), CancellationToken.None)).Alarm;

        var results = await Task.WhenAll(
            store.ClaimAsync(alarm.Id, "ana", CancellationToken.None),
            store.ClaimAsync(alarm.Id, "beto", CancellationToken.None));

        Assert.Single(results, r => r.Result == AlarmActionResult.Done);
        await using var db = factory.CreateDbContext();
        Assert.Equal(1, await db.AlarmActions.CountAsync(a => a.AlarmId == alarm.Id));
    }
}
