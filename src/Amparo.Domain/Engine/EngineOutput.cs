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

    /// <summary>An alarm about a device rather than a place, located at its party's last accepted fix.</summary>
    public void RaiseForDevice(AlarmType type, DateTime at, CaseDevice device, Func<AlarmEvidence, AlarmEvidence>? details = null, string? rawFrame = null, string? deviceAlarm = null)
    {
        ArgumentNullException.ThrowIfNull(device);
        var fix = lastKnown(device.Role) is { } last ? Evidence.Of(last) : null;
        var evidence = new AlarmEvidence(
            Rule: AlarmTypeInfo.For(type).Code, RadiusMetres: 0, PreAlertBandMetres: 0, DistanceMetres: 0,
            Aggressor: device.Role == PartyRole.Aggressor ? fix : null,
            Victim: device.Role == PartyRole.Victim ? fix : null,
            ZoneId: null, ZoneName: null, DeviceAlarm: deviceAlarm, RawFrame: rawFrame, RaisedBy: device.Role)
        {
            DeviceId = device.Id,
            DeviceLabel = device.Label,
        };
        _raised.Add(new AlarmTrigger(type, details is null ? evidence : details(evidence)) { At = at });
    }

    public void Clear(AlarmType type, DateTime at, string reason) => _cleared.Add(new AlarmClearance(type, at, reason));

    public EngineResult ToResult(DateTime? nextDueAt) => new(_raised.ToArray(), _cleared.ToArray(), nextDueAt);
}
