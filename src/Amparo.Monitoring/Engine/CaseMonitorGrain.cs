using Amparo.Data.Alarms;
using Amparo.Domain.Monitoring;
using Amparo.Monitoring.Cases;
using Amparo.Monitoring.Feed;
using Microsoft.Extensions.Logging;

namespace Amparo.Monitoring.Engine;

/// <summary>
/// The live watch over one case. Orleans runs one activation per case, one call at a time, so the two parties'
/// fixes and the open alarms of a case never race; different cases run in parallel.
/// </summary>
public sealed partial class CaseMonitorGrain(
    CaseSnapshotLoader loader,
    AlarmStore alarms,
    IMonitoringFeed feed,
    ILogger<CaseMonitorGrain> logger) : Grain, ICaseMonitorGrain
{
    private CaseSnapshot? _snapshot;
    private CaseWatch? _watch;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        await base.OnActivateAsync(cancellationToken);
    }

    public Task ReloadAsync() => LoadAsync(CancellationToken.None);

    public async Task<int> ObserveAsync(ObservedFix fix)
    {
        ArgumentNullException.ThrowIfNull(fix);
        if (_watch is null || _snapshot is null)
        {
            return 0;
        }

        var outcome = _watch.Observe(fix.ToPartyFix());
        if (outcome.Advanced)
        {
            await feed.PositionAsync(new PositionNotice(_snapshot.CaseId, _snapshot.JurisdictionId, fix.Role, fix.DeviceId,
                fix.FixTime, fix.Latitude, fix.Longitude, fix.AccuracyMetres), CancellationToken.None);
        }

        var triggers = DeviceAlarmRule.Evaluate(fix.ToPartyFix(), fix.DeviceAlarm, fix.RawFrame) is { } deviceAlarm
            ? [deviceAlarm, .. outcome.Triggers]
            : outcome.Triggers;
        await RaiseAsync(_snapshot, triggers);
        return triggers.Count;
    }

    public async Task<int> ObserveDeviceAlarmAsync(ObservedDeviceAlarm alarm)
    {
        ArgumentNullException.ThrowIfNull(alarm);
        if (_watch is null || _snapshot is null
            || DeviceAlarmRule.EvaluateWithoutFix(alarm.Role, _watch.LastFixOf(alarm.Role), alarm.DeviceAlarm, alarm.RawFrame) is not { } trigger)
        {
            return 0;
        }

        // Unlike a position, this alarm exists nowhere else: it is stored before the device is answered.
        await RaiseAsync(_snapshot, [trigger]);
        return 1;
    }

    private async Task RaiseAsync(CaseSnapshot snapshot, IReadOnlyList<AlarmTrigger> triggers)
    {
        foreach (var trigger in triggers)
        {
            var change = await alarms.RaiseAsync(snapshot.CaseId, trigger, CancellationToken.None);
            if (change.Opened)
            {
                LogAlarmOpened(snapshot.FileNumber, trigger.Type.ToString(), trigger.Explanation);
            }

            await feed.AlarmChangedAsync(AlarmView.From(change.Alarm, snapshot.FileNumber, snapshot.JurisdictionId), CancellationToken.None);
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        _snapshot = await loader.LoadAsync(this.GetPrimaryKey(), cancellationToken);
        if (_snapshot is null)
        {
            _watch = null;
            return;
        }

        _watch = new CaseWatch(_snapshot.Rules);
        foreach (var fix in _snapshot.LastFixes)
        {
            _watch.Restore(fix);
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Alarm opened on case {FileNumber}: {Type}. {Explanation}")]
    private partial void LogAlarmOpened(string fileNumber, string type, string explanation);
}
