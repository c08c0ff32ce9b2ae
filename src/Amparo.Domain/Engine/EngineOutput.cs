using Amparo.Domain.Alarms;
using Amparo.Domain.Monitoring;
using Amparo.Domain.People;

namespace Amparo.Domain.Engine;

/// <summary>Collects what one step of the engine raised and cleared, building the evidence of device alarms.</summary>
public sealed class EngineOutput(Func<PartyRole, AcceptedFix?> lastKnown)
{
    private readonly List<AlarmTrigger> _raised = [];
    private readonly List<AlarmClearance> _cleared = [];

    public void Raise(AlarmTrigger trigger) => _raised.Add(trigger);

    /// <summary>
    /// An alarm about a device rather than a place, located at its party's last accepted fix. One the device itself
    /// raised (<paramref name="deviceAlarm"/>) says when that fix is not from the report that raised it.
    /// </summary>
    public void RaiseForDevice(AlarmType type, DateTime at, CaseDevice device, Func<AlarmEvidence, AlarmEvidence>? details = null, string? rawFrame = null, string? deviceAlarm = null)
    {
        ArgumentNullException.ThrowIfNull(device);
        var last = lastKnown(device.Role);
        var fix = last is null ? null : Evidence.Of(last);
        var evidence = new AlarmEvidence(
            Rule: AlarmTypeInfo.For(type).Code, RadiusMetres: 0, PreAlertBandMetres: 0, DistanceMetres: 0,
            Aggressor: device.Role == PartyRole.Aggressor ? fix : null,
            Victim: device.Role == PartyRole.Victim ? fix : null,
            ZoneId: null, ZoneName: null, DeviceAlarm: deviceAlarm, RawFrame: rawFrame, RaisedBy: device.Role,
            FixIsLastKnown: deviceAlarm is not null && (last is null || last.At < at))
        {
            DeviceId = device.Id,
            DeviceLabel = device.Label,
        };
        _raised.Add(new AlarmTrigger(type, details is null ? evidence : details(evidence)) { At = at });
    }

    public void Clear(AlarmType type, DateTime at, string reason, Guid? subject = null) => _cleared.Add(new AlarmClearance(type, at, reason, subject));

    public EngineResult ToResult(DateTime? nextDueAt) => new(_raised.ToArray(), _cleared.ToArray(), nextDueAt);
}
