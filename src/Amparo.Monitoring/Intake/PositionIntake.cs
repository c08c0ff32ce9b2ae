using System.Text.Json;
using Amparo.Data.Devices;
using Amparo.Data.Positions;
using Amparo.Domain.Devices;
using Amparo.Domain.Engine;
using Amparo.Domain.Positions;
using Amparo.Ingest.Intake;
using Amparo.Monitoring.Engine;
using Microsoft.Extensions.Logging;

namespace Amparo.Monitoring.Intake;

/// <summary>
/// The path of a message after decoding: resolve the device, keep what it said (a fix through the group commit,
/// an event as a row, a heartbeat as last-seen), then hand it to its case's grain. A device is answered only after
/// that; when the message carries an event the centre acts on (SOS, strap, power), only after the engine has
/// stored the alarm, so a device that gets no answer sends it again.
/// </summary>
public sealed partial class PositionIntake(
    DeviceDirectory devices,
    UnknownDeviceLog unknownDevices,
    DeviceEventLog events,
    IPositionWriter writer,
    IGrainFactory grains,
    TimeProvider time,
    ILogger<PositionIntake> logger) : IDeviceMessageSink
{
    public async ValueTask<bool> IdentifyAsync(string uniqueId, DeviceProtocol protocol, string? remoteAddress, CancellationToken cancellationToken)
    {
        if (await devices.FindAsync(uniqueId, cancellationToken) is not null)
        {
            return true;
        }

        await unknownDevices.RecordAsync(uniqueId, protocol, remoteAddress, cancellationToken);
        return false;
    }

    public async ValueTask<IntakeOutcome> AcceptAsync(DecodedMessage message, DeviceProtocol protocol, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var binding = await devices.FindAsync(message.UniqueId, cancellationToken);
        if (binding is null)
        {
            await unknownDevices.RecordAsync(message.UniqueId, protocol, null, cancellationToken);
            return IntakeOutcome.UnknownDevice;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var deviceEvent = DeviceEvents.FromProtocolAlarm(message.DeviceAlarm);
        var at = message.Position?.FixTime ?? now;
        try
        {
            if (message.Position is { } report)
            {
                await writer.WriteAsync(ToPosition(binding.DeviceId, report, now), cancellationToken);
            }
            else
            {
                await events.SeenAsync(binding.DeviceId, now, Battery(message), Signal(message), cancellationToken);
            }

            if (deviceEvent is { } kind)
            {
                await events.RecordAsync(new DeviceEvent
                {
                    DeviceId = binding.DeviceId, At = at, ReceivedAt = now, Kind = kind,
                    BatteryPercent = Battery(message), RawFrame = message.RawFrame,
                }, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStoreFailed(ex, message.UniqueId);
            return IntakeOutcome.Unavailable;
        }

        if (binding.CaseId is not { } caseId)
        {
            return IntakeOutcome.Accepted;
        }

        var observed = new ObservedReport(binding.DeviceId, at, message.Position is not null, message.Position?.Valid == true,
            message.Position?.Latitude ?? 0, message.Position?.Longitude ?? 0, message.Position?.AccuracyMetres, Battery(message),
            deviceEvent, message.RawFrame, message.DeviceAlarm);
        var evaluated = await ForwardAsync(caseId, observed);
        return evaluated || !IsActionable(deviceEvent) ? IntakeOutcome.Accepted : IntakeOutcome.Unavailable;
    }

    private static bool IsActionable(DeviceEventKind? kind) =>
        kind is not (null or DeviceEventKind.Heartbeat or DeviceEventKind.Moving);

    private static int? Battery(DecodedMessage message)
    {
        var value = message.Position?.BatteryPercent ?? message.Attributes?.GetValueOrDefault("batteryLevel") switch
        {
            int i => (double?)i,
            double d => d,
            long l => l,
            _ => null,
        };
        return value is >= 0 and <= 100 ? (int)Math.Round(value.Value) : null;
    }

    private static int? Signal(DecodedMessage message) =>
        message.Attributes?.GetValueOrDefault("rssi") is int rssi ? rssi : null;

    private static Position ToPosition(Guid deviceId, DeviceReport report, DateTime now) => new()
    {
        DeviceId = deviceId,
        FixTime = report.FixTime,
        ServerTime = now,
        Valid = report.Valid,
        Latitude = report.Latitude,
        Longitude = report.Longitude,
        AccuracyMetres = report.AccuracyMetres,
        SpeedKnots = report.SpeedKnots,
        Course = report.Course,
        Altitude = report.Altitude,
        BatteryPercent = report.BatteryPercent,
        Attributes = report.Attributes is { Count: > 0 } attributes ? JsonSerializer.Serialize(attributes) : null,
    };

    /// <returns>False when the engine failed: what the device said is stored, but an alarm in it may not be.</returns>
    private async Task<bool> ForwardAsync(Guid caseId, ObservedReport report)
    {
        try
        {
            await grains.GetGrain<ICaseMonitorGrain>(caseId).ObserveAsync(report);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogEngineFailed(ex, caseId);
            return false;
        }
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Error, Message = "A message of device {Device} could not be stored")]
    private partial void LogStoreFailed(Exception exception, string device);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error, Message = "The engine could not evaluate a message of case {CaseId}")]
    private partial void LogEngineFailed(Exception exception, Guid caseId);
}
