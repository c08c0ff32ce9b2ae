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
/// The path of a frame's messages after decoding: resolve the device, keep what each said (a fix through the group
/// commit, an event as a row, a heartbeat as last-seen), then hand each in order to its case's grain. A device is
/// answered only after that; when a message carries an event the centre acts on (SOS, strap, power), only after the
/// engine has stored the alarm, so a device that gets no answer sends it again.
/// </summary>
public sealed partial class PositionIntake(
    DeviceDirectory devices,
    UnknownDeviceLog unknownDevices,
    DeviceEventLog events,
    IPositionWriter writer,
    IGrainFactory grains,
    DeviceRateLimiter rates,
    TimeProvider time,
    ILogger<PositionIntake> logger) : IDeviceMessageSink
{
    public async ValueTask<bool> IdentifyAsync(string uniqueId, DeviceProtocol protocol, string? remoteAddress, CancellationToken cancellationToken) =>
        await ResolveAsync(uniqueId, protocol, remoteAddress, null, cancellationToken) is not null;

    /// <summary>
    /// A device is accepted only by its registered identifier over its registered protocol: an identifier printed on
    /// a GT06 tracker's label, typed into a phone's OsmAnd app, is someone else talking and goes to the unknown list.
    /// </summary>
    private async ValueTask<DeviceBinding?> ResolveAsync(
        string uniqueId, DeviceProtocol protocol, string? remoteAddress, string? credential, CancellationToken cancellationToken)
    {
        var binding = await devices.FindAsync(uniqueId, cancellationToken);
        if (binding is not null)
        {
            if (binding.Protocol != protocol)
            {
                LogWrongProtocol(uniqueId, binding.Protocol, protocol, remoteAddress ?? "?");
            }
            else if (!DeviceSecrets.Matches(binding.SecretHash, credential))
            {
                LogWrongSecret(uniqueId, protocol, remoteAddress ?? "?");
            }
            else
            {
                return binding;
            }
        }

        await unknownDevices.RecordAsync(uniqueId, protocol, remoteAddress, cancellationToken);
        return null;
    }

    public async ValueTask<IntakeOutcome> AcceptFrameAsync(IReadOnlyList<DecodedMessage> messages, DeviceProtocol protocol, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count > 0 && !CarriesAlarm(messages) && !rates.TryFrame(messages[0].UniqueId))
        {
            IngestMetrics.FrameRejected(protocol, "rate_limited");
            LogRateLimited(messages[0].UniqueId, protocol);
            return IntakeOutcome.RateLimited;
        }

        var bindings = new DeviceBinding[messages.Count];
        for (var i = 0; i < messages.Count; i++)
        {
            // A packet of buffered fixes is one device's: it is resolved (and its secret checked) once.
            if (i > 0 && messages[i].UniqueId == messages[i - 1].UniqueId && messages[i].Credential == messages[i - 1].Credential)
            {
                bindings[i] = bindings[i - 1];
                continue;
            }

            if (await ResolveAsync(messages[i].UniqueId, protocol, null, messages[i].Credential, cancellationToken) is not { } binding)
            {
                return IntakeOutcome.UnknownDevice;
            }

            bindings[i] = binding;
        }

        var now = time.GetUtcNow().UtcDateTime;
        try
        {
            await (messages.Count == 1
                ? StoreAsync(bindings[0], messages[0], now, cancellationToken)
                : Task.WhenAll(messages.Select((m, i) => StoreAsync(bindings[i], m, now, cancellationToken))));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStoreFailed(ex, messages[0].UniqueId);
            return IntakeOutcome.Unavailable;
        }

        // Consecutive messages of one case go to its grain in one call.
        var first = 0;
        while (first < messages.Count)
        {
            var caseId = bindings[first].CaseId;
            var end = first + 1;
            while (end < messages.Count && bindings[end].CaseId == caseId)
            {
                end++;
            }

            if (caseId is { } id)
            {
                var reports = Enumerable.Range(first, end - first).Select(i => Observed(bindings[i], messages[i], now)).ToArray();
                if (!await ForwardAsync(id, reports) && reports.Any(r => IsActionable(r.Event)))
                {
                    return IntakeOutcome.Unavailable;
                }
            }

            first = end;
        }

        return IntakeOutcome.Accepted;
    }

    /// <summary>Keeps what the device said: a fix through the group commit (ahead of routine fixes when it carries an alarm), an event as a row, a heartbeat as last-seen.</summary>
    private async Task StoreAsync(DeviceBinding binding, DecodedMessage message, DateTime now, CancellationToken cancellationToken)
    {
        var deviceEvent = EventOf(message);
        if (message.Position is { } report)
        {
            var urgency = IsActionable(deviceEvent) ? PositionUrgency.Alarm : PositionUrgency.Routine;
            await writer.WriteAsync(ToPosition(binding.DeviceId, report, now), urgency, cancellationToken);
        }
        else
        {
            await events.SeenAsync(binding.DeviceId, now, Battery(message), Signal(message), cancellationToken);
        }

        if (deviceEvent is { } kind)
        {
            await events.RecordAsync(new DeviceEvent
            {
                DeviceId = binding.DeviceId, At = At(message, now), ReceivedAt = now, Kind = kind,
                BatteryPercent = Battery(message), RawFrame = message.RawFrame,
            }, cancellationToken);
        }
    }

    private static ObservedReport Observed(DeviceBinding binding, DecodedMessage message, DateTime now) =>
        new(binding.DeviceId, At(message, now), message.Position is not null, message.Position?.Valid == true,
            message.Position?.Latitude ?? 0, message.Position?.Longitude ?? 0, message.Position?.AccuracyMetres, Battery(message),
            EventOf(message), message.RawFrame, message.DeviceAlarm);

    private static DeviceEventKind? EventOf(DecodedMessage message) => DeviceEvents.FromProtocolAlarm(message.DeviceAlarm);

    private static DateTime At(DecodedMessage message, DateTime now) => message.Position?.FixTime ?? now;

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
    private async Task<bool> ForwardAsync(Guid caseId, ObservedReport[] reports)
    {
        try
        {
            await grains.GetGrain<ICaseMonitorGrain>(caseId).ObserveAsync(reports);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogEngineFailed(ex, caseId);
            return false;
        }
    }

    /// <summary>Whether any message raises an alarm (a panic passes every limit).</summary>
    private static bool CarriesAlarm(IReadOnlyList<DecodedMessage> messages)
    {
        for (var i = 0; i < messages.Count; i++)
        {
            if (messages[i].DeviceAlarm is not null)
            {
                return true;
            }
        }

        return false;
    }

    [LoggerMessage(EventId = 3105, Level = LogLevel.Warning, Message = "Device {Device} has a secret and spoke {Protocol} from {Remote} without the right one: refused")]
    private partial void LogWrongSecret(string device, DeviceProtocol protocol, string remote);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message = "Device {Device} sent more {Protocol} frames this minute than allowed; refused")]
    private partial void LogRateLimited(string device, DeviceProtocol protocol);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Device {Device} is registered for {Registered} but spoke {Protocol} from {Remote}: refused")]
    private partial void LogWrongProtocol(string device, DeviceProtocol registered, DeviceProtocol protocol, string remote);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Error, Message = "A message of device {Device} could not be stored")]
    private partial void LogStoreFailed(Exception exception, string device);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error, Message = "The engine could not evaluate a message of case {CaseId}")]
    private partial void LogEngineFailed(Exception exception, Guid caseId);
}
