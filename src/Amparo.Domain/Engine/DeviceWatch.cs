using System.Globalization;
using Amparo.Domain.Alarms;
using Amparo.Domain.Devices;
using Amparo.Domain.People;

namespace Amparo.Domain.Engine;

/// <summary>
/// The health of one device: silence (signal loss, or for the victim's device, her blind moving zone), reports
/// without a fix, battery with the time it has left, and for the bracelet its radio link to the tracker.
/// Raises once per episode and clears when the condition ends.
/// </summary>
public sealed class DeviceWatch(CaseDevice device, EngineSettings settings)
{
    private static readonly TimeSpan BatteryHistory = TimeSpan.FromHours(12);
    private readonly List<(DateTime At, int Percent)> _battery = [];
    private bool _silentRaised;
    private bool _gpsLossRaised;
    private readonly HashSet<AlarmType> _batteryRaised = [];
    private bool _separationRaised;
    private DateTime? _firstReport;

    public CaseDevice Device => device;

    public DateTime? LastReportAt { get; private set; }

    public DateTime? LastValidFixAt { get; private set; }

    public DateTime? LastMovingAt { get; private set; }

    public DateTime? OutOfRangeSince { get; private set; }

    /// <summary>Reports arrive through the tracker for a bracelet: its silence is the tracker's.</summary>
    private bool ReportsItself => device.Kind != DeviceKind.Bracelet;

    /// <summary>Whether its silence is an alarm: not for a phone that reports only when she asks (her app outside tracking mode).</summary>
    private bool SilenceWatched => ReportsItself && device.WatchSilence;

    private TimeSpan SilenceAfter => (device.ReportInterval ?? settings.ExpectedReportInterval) * settings.SignalLossFactor;

    private AlarmType SilenceType => device.Role == PartyRole.Victim ? AlarmType.VictimDeviceSilent : AlarmType.SignalLoss;

    public DateTime? NextDueAt
    {
        get
        {
            DateTime? due = null;
            if (SilenceWatched && LastReportAt is { } last && !_silentRaised)
            {
                due = last + SilenceAfter;
            }

            if (OutOfRangeSince is { } since && !_separationRaised)
            {
                var separation = since + settings.SeparationGrace;
                due = due is null || separation < due ? separation : due;
            }

            return due;
        }
    }

    /// <summary>
    /// A report arrived. Without a valid fix it counts toward GPS loss only if <paramref name="countsAsNoFix"/>: a
    /// heartbeat could have carried a fix, an event from the bracelet could not.
    /// </summary>
    public void Report(DateTime at, bool validFix, int? batteryPercent, bool moving, EngineOutput output, bool countsAsNoFix = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (LastReportAt is null || at > LastReportAt)
        {
            if (_silentRaised)
            {
                _silentRaised = false;
                output.Clear(SilenceType, at, "El dispositivo volvió a informar.", device.Id);
            }

            LastReportAt = at;
        }

        if (moving)
        {
            LastMovingAt = at;
        }

        if (validFix)
        {
            LastValidFixAt = LastValidFixAt is { } v && v > at ? v : at;
            if (_gpsLossRaised)
            {
                _gpsLossRaised = false;
                output.Clear(AlarmType.GpsLoss, at, "El dispositivo volvió a tener posición GPS.", device.Id);
            }
        }
        else if (countsAsNoFix && ReportsItself)
        {
            CheckGps(at, output);
        }

        if (batteryPercent is { } percent)
        {
            Battery(at, percent, output);
        }
    }

    public void BraceletOutOfRange(DateTime at) => OutOfRangeSince ??= at;

    /// <summary>The device said its battery is low without saying how low.</summary>
    public void LowBatteryReported(DateTime at, string? rawFrame, EngineOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (_batteryRaised.Add(AlarmType.LowBattery))
        {
            output.RaiseForDevice(AlarmType.LowBattery, at, device, rawFrame: rawFrame, deviceAlarm: "lowBattery");
        }
    }

    public void BraceletInRange(DateTime at, EngineOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (_separationRaised)
        {
            output.Clear(AlarmType.BraceletSeparation, at, "La tobillera volvió al alcance del rastreador.", device.Id);
        }

        OutOfRangeSince = null;
        _separationRaised = false;
    }

    /// <summary>Runs the clock to <paramref name="now"/>: a timer that ran out raises at the time it ran out.</summary>
    public void Advance(DateTime now, EngineOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (SilenceWatched && LastReportAt is { } last && !_silentRaised && now >= last + SilenceAfter)
        {
            _silentRaised = true;
            output.RaiseForDevice(SilenceType, last + SilenceAfter, device, e => e with { Since = last });
        }

        if (OutOfRangeSince is { } since && !_separationRaised && now >= since + settings.SeparationGrace)
        {
            _separationRaised = true;
            output.RaiseForDevice(AlarmType.BraceletSeparation, since + settings.SeparationGrace, device, e => e with { Since = since });
        }
    }

    private void CheckGps(DateTime at, EngineOutput output)
    {
        if (_gpsLossRaised)
        {
            return;
        }

        var since = LastValidFixAt ?? _firstReport ?? at;
        _firstReport ??= at;
        var moving = LastMovingAt is { } m && m >= since;
        if (at - since >= (moving ? settings.GpsLossWhileMovingAfter : settings.GpsLossAfter))
        {
            _gpsLossRaised = true;
            output.RaiseForDevice(AlarmType.GpsLoss, at, device, e => e with { Since = since });
        }
    }


    private void Battery(DateTime at, int percent, EngineOutput output)
    {
        _battery.Add((at, percent));
        _battery.RemoveAll(s => s.At < at - BatteryHistory);
        foreach (var (type, threshold) in new[] { (AlarmType.LowBattery, settings.LowBatteryPercent), (AlarmType.CriticalBattery, settings.CriticalBatteryPercent) })
        {
            if (_batteryRaised.Contains(type) && percent >= threshold + settings.BatteryClearMarginPercent)
            {
                _batteryRaised.Remove(type);
                output.Clear(type, at, string.Create(CultureInfo.InvariantCulture, $"Batería recargada ({percent} %)."), device.Id);
            }
            else if (!_batteryRaised.Contains(type) && percent <= threshold)
            {
                _batteryRaised.Add(type);
                var hours = HoursLeft(percent);
                output.RaiseForDevice(type, at, device, e => e with { BatteryPercent = percent, HoursLeft = hours });
            }
        }
    }

    /// <summary>From the drain over the recent readings; null while the battery is not draining.</summary>
    private double? HoursLeft(int percent)
    {
        var (firstAt, firstPercent) = _battery[0];
        var hours = (_battery[^1].At - firstAt).TotalHours;
        var drained = firstPercent - percent;
        return hours < 0.25 || drained <= 0 ? null : Math.Round(percent / (drained / hours), 1);
    }

}
