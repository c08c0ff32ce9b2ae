using Amparo.Data.Alarms;
using Amparo.Data.Database;
using Amparo.Domain.Alarms;
using Amparo.Domain.Engine;
using Amparo.Domain.Monitoring;
using Amparo.Testing;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Data.Tests;

public class AlarmStoreTests
{
    private static readonly Guid Home = Guid.NewGuid();
    private static readonly Guid Work = Guid.NewGuid();
    private static readonly DateTime T0 = new(2026, 11, 23, 10, 0, 0, DateTimeKind.Utc);

    public static IEnumerable<object[]> Providers => TestDatabases.Providers;

    private static AlarmTrigger Trigger(AlarmType type, double distance, Guid? zone = null, int second = 0, bool repeat = false) => new(type, new AlarmEvidence(
        "fixed_zone", 500, 500, distance, new FixEvidence(Guid.NewGuid(), T0, -16.4, -71.5, 5), null, zone ?? Home, "Domicilio"))
    {
        At = T0.AddSeconds(second),
        Repeat = repeat,
    };

    private static AlarmTrigger Battery(Guid device, int second) => new(AlarmType.LowBattery, new AlarmEvidence(
        "low_battery", 0, 0, 0, null, null, null, null) { DeviceId = device, BatteryPercent = 15 })
    {
        At = T0.AddSeconds(second),
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task One_open_alarm_per_case_type_and_zone_repeats_update_it(DatabaseProvider provider)
    {
        var factory = await MigratedDatabase.CreateAsync(provider);
        var recorder = new AlarmRecorder(factory);
        var caseId = Guid.NewGuid();

        var first = await recorder.RaiseAsync(caseId, Trigger(AlarmType.ZoneEntry, 400), CancellationToken.None);
        var repeat = await recorder.RaiseAsync(caseId, Trigger(AlarmType.ZoneEntry, 300, second: 60, repeat: true), CancellationToken.None);
        var otherZone = await recorder.RaiseAsync(caseId, Trigger(AlarmType.ZoneEntry, 100, Work), CancellationToken.None);
        var other = await recorder.RaiseAsync(caseId, Trigger(AlarmType.Proximity, 100), CancellationToken.None);

        Assert.True(first!.Opened);
        Assert.False(repeat!.Opened);
        Assert.Equal(first.Alarm.Id, repeat.Alarm.Id);
        Assert.Equal(2, repeat.Alarm.TriggerCount);
        Assert.Equal(T0, repeat.Alarm.RaisedAt);
        Assert.Equal(T0.AddSeconds(60), repeat.Alarm.LastTriggeredAt);
        Assert.True(otherZone!.Opened);
        Assert.True(other!.Opened);
        Assert.Contains("\"distanceMetres\":400", repeat.Alarm.FirstEvidence, StringComparison.Ordinal);
        Assert.Contains("\"distanceMetres\":300", repeat.Alarm.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_repeat_of_an_episode_an_operator_closed_opens_nothing(DatabaseProvider provider)
    {
        var factory = await MigratedDatabase.CreateAsync(provider);
        var recorder = new AlarmRecorder(factory);
        var store = new AlarmStore(factory, TimeProvider.System);
        var caseId = Guid.NewGuid();
        var first = (await recorder.RaiseAsync(caseId, Trigger(AlarmType.ZoneEntry, 400), CancellationToken.None))!.Alarm;
        await store.ResolveAsync(first.Id, new AlarmActor("ana", false), AlarmOutcome.PoliceDispatched, "Patrullero en camino", CancellationToken.None);

        var repeat = await recorder.RaiseAsync(caseId, Trigger(AlarmType.ZoneEntry, 300, second: 30, repeat: true), CancellationToken.None);
        var again = await recorder.RaiseAsync(caseId, Trigger(AlarmType.ZoneEntry, 300, second: 900), CancellationToken.None);

        Assert.Null(repeat);
        Assert.True(again!.Opened);
        await using var db = factory.CreateDbContext();
        var closed = await db.Alarms.SingleAsync(a => a.Id == first.Id);
        Assert.Equal(AlarmOutcome.PoliceDispatched, closed.Outcome);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_cleared_technical_condition_resolves_its_alarm_and_a_breach_stays_open(DatabaseProvider provider)
    {
        var factory = await MigratedDatabase.CreateAsync(provider);
        var recorder = new AlarmRecorder(factory);
        var caseId = Guid.NewGuid();
        var aggressorTracker = Guid.NewGuid();
        var victimPhone = Guid.NewGuid();
        await recorder.RaiseAsync(caseId, Battery(aggressorTracker, 0), CancellationToken.None);
        await recorder.RaiseAsync(caseId, Battery(victimPhone, 10), CancellationToken.None);
        await recorder.RaiseAsync(caseId, Trigger(AlarmType.ZoneEntry, 100), CancellationToken.None);

        var battery = await recorder.ClearAsync(caseId, new AlarmClearance(AlarmType.LowBattery, T0.AddHours(1), "Batería recargada (40 %).", aggressorTracker), CancellationToken.None);
        var zone = await recorder.ClearAsync(caseId, new AlarmClearance(AlarmType.ZoneEntry, T0.AddMinutes(5), "El agresor salió de la zona.", Home), CancellationToken.None);
        var nothing = await recorder.ClearAsync(caseId, new AlarmClearance(AlarmType.GpsLoss, T0, "x", aggressorTracker), CancellationToken.None);

        Assert.Null(nothing);
        Assert.Equal(AlarmState.Resolved, battery!.State);
        Assert.Equal(AlarmOutcome.ConditionCleared, battery.Outcome);
        Assert.Equal(AlarmRecorder.EngineUser, battery.ResolvedBy);
        Assert.Equal(AlarmState.New, zone!.State);
        Assert.Equal(T0.AddMinutes(5), zone.ClearedAt);
        await using var db = factory.CreateDbContext();
        Assert.Equal(1, await db.Alarms.CountAsync(a => a.CaseId == caseId && a.Type == AlarmType.LowBattery && a.State != AlarmState.Resolved));
        Assert.Contains(await db.AlarmActions.Where(a => a.AlarmId == battery.Id).Select(a => a.Kind).ToListAsync(), k => k == AlarmActionKind.Cleared);
        Assert.Equal(T0.AddHours(1), await recorder.RecordedUntilAsync(caseId, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_unclaimed_alarm_is_escalated_once_and_a_claimed_one_never(DatabaseProvider provider)
    {
        var factory = await MigratedDatabase.CreateAsync(provider);
        var recorder = new AlarmRecorder(factory);
        var store = new AlarmStore(factory, TimeProvider.System);
        var caseId = Guid.NewGuid();
        var waiting = (await recorder.RaiseAsync(caseId, Trigger(AlarmType.ZoneEntry, 100), CancellationToken.None))!.Alarm;
        var claimed = (await recorder.RaiseAsync(caseId, Trigger(AlarmType.Proximity, 100), CancellationToken.None))!.Alarm;
        await store.ClaimAsync(claimed.Id, "ana", CancellationToken.None);

        var first = await store.EscalateUnclaimedAsync(TimeSpan.FromMinutes(2), CancellationToken.None);
        var second = await store.EscalateUnclaimedAsync(TimeSpan.FromMinutes(2), CancellationToken.None);

        Assert.Contains(first, a => a.Id == waiting.Id);
        Assert.DoesNotContain(first, a => a.Id == claimed.Id);
        Assert.DoesNotContain(second, a => a.Id == waiting.Id);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_database_itself_refuses_a_second_open_alarm_of_a_type_and_subject(DatabaseProvider provider)
    {
        var factory = await MigratedDatabase.CreateAsync(provider);
        var caseId = Guid.NewGuid();
        Alarm Open() => new()
        {
            Id = Guid.NewGuid(), CaseId = caseId, Type = AlarmType.ZoneEntry, Subject = "home", Priority = AlarmPriority.Critical, State = AlarmState.New,
            RaisedAt = DateTime.UtcNow, LastTriggeredAt = DateTime.UtcNow, TriggerCount = 1, Evidence = "{}", FirstEvidence = "{}", Explanation = "x",
        };
        await using (var db = factory.CreateDbContext())
        {
            var resolved = Open();
            resolved.State = AlarmState.Resolved;
            var otherZone = Open();
            otherZone.Subject = "work";
            db.Alarms.AddRange(Open(), resolved, otherZone);
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
        var alarm = (await new AlarmRecorder(factory).RaiseAsync(Guid.NewGuid(), Trigger(AlarmType.ZoneEntry, 100), CancellationToken.None))!.Alarm;

        var results = await Task.WhenAll(
            store.ClaimAsync(alarm.Id, "ana", CancellationToken.None),
            store.ClaimAsync(alarm.Id, "beto", CancellationToken.None));

        Assert.Single(results, r => r.Result == AlarmActionResult.Done);
        await using var db = factory.CreateDbContext();
        Assert.Equal(1, await db.AlarmActions.CountAsync(a => a.AlarmId == alarm.Id));
    }
}
