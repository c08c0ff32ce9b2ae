using Amparo.Domain.Alarms;
using Amparo.Domain.Devices;
using Amparo.Domain.Engine;
using Amparo.Domain.People;
using static Amparo.Domain.Tests.Engine.EngineFixture;

namespace Amparo.Domain.Tests.Engine;

public class DeviceRulesTests
{
    [Fact]
    public void Silence_raises_signal_loss_at_the_time_it_ran_out_and_a_report_clears_it()
    {
        var f = new EngineFixture();
        f.Fix(Tracker, T0, FromHome(3000));

        f.Advance(T0.AddMinutes(4));
        Assert.Empty(f.Raised);
        f.Advance(T0.AddMinutes(30));
        var loss = Assert.Single(f.Raised);
        f.Fix(Tracker, T0.AddMinutes(31), FromHome(3000));

        Assert.Equal(AlarmType.SignalLoss, loss.Type);
        Assert.Equal(T0.AddMinutes(5), loss.At);
        Assert.Equal(T0, loss.Evidence.Since);
        Assert.Contains(f.Cleared, c => c.Type == AlarmType.SignalLoss && c.At == T0.AddMinutes(31));
        Assert.True(AlarmTypeInfo.For(AlarmType.SignalLoss).ResolvesWhenCleared);
    }

    [Fact]
    public void A_phone_that_reports_only_when_she_asks_is_never_silent_and_one_she_tracks_with_is()
    {
        foreach (var watched in new[] { false, true })
        {
            var phone = new CaseDevice(Guid.NewGuid(), "App", PartyRole.Victim, DeviceKind.Phone, TimeSpan.FromMinutes(1), WatchSilence: watched);
            var watch = new DeviceWatch(phone, EngineSettings.Default);
            var output = new EngineOutput(_ => null);
            watch.Report(T0, validFix: true, batteryPercent: 80, moving: false, output);
            Assert.Equal(watched, watch.NextDueAt is not null);

            watch.Advance(T0.AddHours(6), output);

            Assert.Equal(watched, output.ToResult(watch.NextDueAt).Raised.Any(r => r.Type == AlarmType.VictimDeviceSilent));
        }
    }

    [Fact]
    public void The_victims_silent_device_says_her_zone_is_blind()
    {
        var f = new EngineFixture();
        f.Fix(Phone, T0, FromHome(0));

        f.Advance(T0.AddMinutes(6));

        var silent = Assert.Single(f.Raised);
        Assert.Equal(AlarmType.VictimDeviceSilent, silent.Type);
        Assert.Contains("su zona móvil está ciega", silent.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bracelet_back_in_range_within_the_grace_raises_nothing_and_one_gone_longer_does()
    {
        var f = new EngineFixture();
        f.Fix(Tracker, T0, FromHome(3000));

        f.Event(Bracelet, T0.AddMinutes(1), DeviceEventKind.BraceletOutOfRange);
        f.Event(Bracelet, T0.AddMinutes(4), DeviceEventKind.BraceletInRange);
        f.Fix(Tracker, T0.AddMinutes(5), FromHome(3000));
        f.Event(Bracelet, T0.AddMinutes(6), DeviceEventKind.BraceletOutOfRange);
        f.Fix(Tracker, T0.AddMinutes(7), FromHome(3000));
        f.Advance(T0.AddMinutes(11.5));

        Assert.True(f.Raised.Count == 1, string.Join(", ", f.Raised.Select(r => $"{r.Type}@{r.At:HH:mm}")));
        var separation = f.Raised[0];
        Assert.Equal(AlarmType.BraceletSeparation, separation.Type);
        Assert.Equal(T0.AddMinutes(11), separation.At);
    }

    [Fact]
    public void Battery_drain_raises_low_then_critical_with_the_time_left_and_charging_clears_both()
    {
        var f = new EngineFixture();

        f.Fix(Tracker, T0, FromHome(3000), battery: 40);
        f.Fix(Tracker, T0.AddHours(1), FromHome(3000), battery: 30);
        f.Fix(Tracker, T0.AddHours(2), FromHome(3000), battery: 20);
        f.Fix(Tracker, T0.AddHours(3), FromHome(3000), battery: 10);
        f.Fix(Tracker, T0.AddHours(4), FromHome(3000), battery: 60);

        AlarmType[] battery = [AlarmType.LowBattery, AlarmType.CriticalBattery];
        var raised = f.Raised.Where(r => battery.Contains(r.Type)).ToList();
        Assert.Equal(battery, raised.Select(r => r.Type));
        Assert.Equal(1.0, raised[1].Evidence.HoursLeft);
        Assert.Equal(battery, f.Cleared.Where(c => battery.Contains(c.Type)).Select(c => c.Type));
    }

    [Fact]
    public void Reports_without_a_fix_raise_gps_loss_sooner_when_the_device_moves()
    {
        var still = new EngineFixture();
        var moving = new EngineFixture();
        still.Fix(Tracker, T0, FromHome(3000));
        moving.Fix(Tracker, T0, FromHome(3000));

        for (var minute = 1; minute <= 12; minute++)
        {
            still.NoFix(Tracker, T0.AddMinutes(minute));
            moving.Event(Tracker, T0.AddMinutes(minute).AddSeconds(-1), DeviceEventKind.Moving);
            moving.NoFix(Tracker, T0.AddMinutes(minute));
        }

        Assert.Equal(T0.AddMinutes(10), Assert.Single(still.Raised).At);
        Assert.Equal(T0.AddMinutes(3), Assert.Single(moving.Raised).At);
    }

    [Fact]
    public void Tamper_and_panic_events_raise_their_alarms_located_at_the_last_fix()
    {
        var f = new EngineFixture();
        f.Fix(Tracker, T0, FromHome(3000));
        f.Fix(Phone, T0, FromHome(0));

        f.Event(Bracelet, T0.AddSeconds(30), DeviceEventKind.StrapOpen);
        f.Event(Tracker, T0.AddSeconds(40), DeviceEventKind.DeviceOpen);
        f.Event(Phone, T0.AddSeconds(50), DeviceEventKind.Sos);

        Assert.Equal([AlarmType.StrapTamper, AlarmType.DeviceTamper, AlarmType.Panic], f.NewAlarms);
        Assert.NotNull(f.Raised[0].Evidence.Aggressor);
        Assert.NotNull(f.Raised[2].Evidence.Victim);
        Assert.True(f.Raised[2].Evidence.FixIsLastKnown);
        Assert.Equal(AlarmPriority.Critical, AlarmTypeInfo.For(AlarmType.StrapTamper).Priority);
        Assert.StartsWith("La víctima pulsó el botón de pánico", f.Raised[2].Explanation, StringComparison.Ordinal);
    }
}
