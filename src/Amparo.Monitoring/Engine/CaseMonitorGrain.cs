using Amparo.Data.Alarms;
using Amparo.Domain.Engine;
using Amparo.Monitoring.Cases;
using Amparo.Monitoring.Feed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Amparo.Monitoring.Engine;

/// <summary>
/// The live engine of one case. Orleans runs one activation per case, one call at a time, so the parties' reports,
/// the timers and the open alarms of a case never race; different cases run in parallel. On activation the engine
/// is rebuilt from the stored reports of the last hours, silently up to what is already recorded, so a condition
/// that came due while the server was down (a device gone silent) is raised at the time it was due.
/// </summary>
public sealed partial class CaseMonitorGrain(
    CasePlanLoader plans,
    CaseHistoryLoader history,
    AlarmRecorder alarms,
    IMonitoringFeed feed,
    IOptions<CaseReminderOptions> reminders,
    TimeProvider time,
    ILogger<CaseMonitorGrain> logger) : Grain, ICaseMonitorGrain, IRemindable
{
    /// <summary>How far back a message may have been stored but not yet handed to the grain when a rebuild reads the history.</summary>
    private static readonly TimeSpan InFlight = TimeSpan.FromMinutes(2);

    // Per device, the newest fix sent to the live map. A case has two or three devices: a small array costs a
    // fraction of a dictionary, and a hundred thousand grains hold one each.
    private (Guid Device, DateTime At)[] _announced = [];

    // Made only when a rebuild read back reports stored in the last moments (most grains never need it).
    private HashSet<(Guid Device, DateTime At, DeviceEventKind? Event)>? _replayedRecently;
    private CaseSnapshot? _snapshot;
    private CaseEngine? _engine;
    private IGrainTimer? _timer;
    private DateTime? _timerDue;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await RebuildAsync(cancellationToken);
        await KeepReminderAsync();
        await base.OnActivateAsync(cancellationToken);
    }

    public async Task ReloadAsync()
    {
        await RebuildAsync(CancellationToken.None);
        await KeepReminderAsync();
    }

    /// <summary>The reminder only has to activate the grain; activation rebuilt the engine, a tick advances it.</summary>
    public Task ReceiveReminder(string reminderName, TickStatus status) => TickAsync(CancellationToken.None);

    public Task<DateTime?> WakeAsync() => Task.FromResult(_engine?.NextDueAt);

    public async Task<int> ObserveAsync(ObservedReport[] reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (_engine is null || _snapshot is null)
        {
            return 0;
        }

        var changed = 0;
        foreach (var input in reports.SelectMany(r => r.ToInputs()))
        {
            if (_replayedRecently is { Count: > 0 } && _replayedRecently.Remove(Key(input)))
            {
                // Stored just before this activation's rebuild read it back: already evaluated there.
                continue;
            }

            changed += await RecordAsync(_engine.Observe(input), recordedUntil: null);
        }

        // The live map needs each device's newest fix, not every record of a buffered packet: from the last record
        // back, AnnounceAsync passes over any fix older than one it already sent.
        for (var i = reports.Length - 1; i >= 0; i--)
        {
            await AnnounceAsync(reports[i]);
        }

        ScheduleTimer();
        return changed;
    }

    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        _snapshot = await plans.LoadAsync(this.GetPrimaryKey(), cancellationToken);
        _engine = _snapshot is null ? null : new CaseEngine(_snapshot.Plan);
        if (_engine is null || _snapshot is null)
        {
            ScheduleTimer();
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var recordedUntil = await alarms.RecordedUntilAsync(_snapshot.CaseId, cancellationToken) ?? DateTime.MinValue;
        var inputs = await history.LoadAsync(_snapshot.Plan.Devices, now, cancellationToken);
        var raised = 0;
        _replayedRecently = null;
        foreach (var input in inputs)
        {
            if (input.At >= now - InFlight)
            {
                (_replayedRecently ??= []).Add(Key(input));
            }

            raised += await RecordAsync(_engine.Observe(input), recordedUntil);
        }

        raised += await RecordAsync(_engine.Advance(now), recordedUntil);
        LogRebuilt(_snapshot.FileNumber, inputs.Count, raised);
        ScheduleTimer();
    }

    /// <summary>An active case keeps its reminder; a closed one (no engine) drops it.</summary>
    private async Task KeepReminderAsync()
    {
        if (!reminders.Value.Enabled)
        {
            return;
        }

        if (_engine is not null)
        {
            await this.RegisterOrUpdateReminder(CaseReminderOptions.Name, reminders.Value.Period, reminders.Value.Period);
        }
        else if (await this.GetReminder(CaseReminderOptions.Name) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private static (Guid, DateTime, DeviceEventKind?) Key(EngineInput input) =>
        (input.DeviceId, input.At, (input as DeviceEventInput)?.Event);

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        _timerDue = null;
        if (_engine is not null)
        {
            await RecordAsync(_engine.Advance(time.GetUtcNow().UtcDateTime), recordedUntil: null);
        }

        ScheduleTimer();
    }

    /// <summary>One timer, at the engine's next deadline; a grain with a pending deadline stays active.</summary>
    private void ScheduleTimer()
    {
        var due = _engine?.NextDueAt;
        if (due == _timerDue && (_timer is not null || due is null))
        {
            return;
        }

        _timer?.Dispose();
        _timer = null;
        _timerDue = due;
        if (due is { } at)
        {
            var delay = at - time.GetUtcNow().UtcDateTime;
            _timer = this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions
            {
                DueTime = delay > TimeSpan.Zero ? delay + TimeSpan.FromMilliseconds(1) : TimeSpan.Zero,
                Period = Timeout.InfiniteTimeSpan,
                KeepAlive = true,
            });
        }
    }

    /// <param name="result">One step of the engine.</param>
    /// <param name="recordedUntil">On a rebuild: conclusions up to this moment are already stored and are not written again.</param>
    private async Task<int> RecordAsync(EngineResult result, DateTime? recordedUntil)
    {
        if (result.IsEmpty || _snapshot is not { } snapshot)
        {
            return 0;
        }

        var changed = 0;
        foreach (var trigger in result.Raised.Where(t => recordedUntil is null || t.At > recordedUntil))
        {
            if (await alarms.RaiseAsync(snapshot.CaseId, trigger, CancellationToken.None) is not { } change)
            {
                continue;
            }

            changed++;
            if (change.Opened)
            {
                LogAlarmOpened(snapshot.FileNumber, trigger.Type.ToString(), trigger.Explanation);
            }

            await feed.AlarmChangedAsync(AlarmView.From(change.Alarm, snapshot.FileNumber, snapshot.JurisdictionId), CancellationToken.None);
        }

        foreach (var clearance in result.Cleared.Where(c => recordedUntil is null || c.At > recordedUntil))
        {
            if (await alarms.ClearAsync(snapshot.CaseId, clearance, CancellationToken.None) is { } cleared)
            {
                await feed.AlarmChangedAsync(AlarmView.From(cleared, snapshot.FileNumber, snapshot.JurisdictionId), CancellationToken.None);
            }
        }

        return changed;
    }

    /// <summary>The live map shows each device's newest valid fix, whatever the engine made of it.</summary>
    private async Task AnnounceAsync(ObservedReport report)
    {
        if (!report.ValidFix || _snapshot is null
            || (AnnouncedAt(report.DeviceId) is { } last && report.At <= last)
            || _snapshot.Plan.Devices.FirstOrDefault(d => d.Id == report.DeviceId) is not { } device)
        {
            return;
        }

        Announced(report.DeviceId, report.At);
        await feed.PositionAsync(new PositionNotice(_snapshot.CaseId, _snapshot.JurisdictionId, device.Role, report.DeviceId,
            report.At, report.Latitude, report.Longitude, report.AccuracyMetres), CancellationToken.None);
    }

    private DateTime? AnnouncedAt(Guid deviceId)
    {
        foreach (var (device, at) in _announced)
        {
            if (device == deviceId)
            {
                return at;
            }
        }

        return null;
    }

    private void Announced(Guid deviceId, DateTime at)
    {
        for (var i = 0; i < _announced.Length; i++)
        {
            if (_announced[i].Device == deviceId)
            {
                _announced[i].At = at;
                return;
            }
        }

        _announced = [.. _announced, (deviceId, at)];
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Alarm opened on case {FileNumber}: {Type}. {Explanation}")]
    private partial void LogAlarmOpened(string fileNumber, string type, string explanation);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Engine of case {FileNumber} rebuilt from {Inputs} stored reports; {Raised} alarms came due meanwhile")]
    private partial void LogRebuilt(string fileNumber, int inputs, int raised);
}
