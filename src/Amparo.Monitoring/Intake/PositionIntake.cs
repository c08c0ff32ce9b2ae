using System.Text.Json;
using Amparo.Data.Devices;
using Amparo.Data.Positions;
using Amparo.Domain.Devices;
using Amparo.Domain.Monitoring;
using Amparo.Domain.People;
using Amparo.Domain.Positions;
using Amparo.Ingest.Intake;
using Amparo.Monitoring.Engine;
using Microsoft.Extensions.Logging;

namespace Amparo.Monitoring.Intake;

/// <summary>
/// The path of a position after decoding: resolve the device, commit the position (group commit), then hand it
/// to its case's grain and to the live feed. A device is answered only after the commit, and, when the message
/// carries an alarm the centre acts on (SOS, strap, power), only after that alarm is stored.
/// </summary>
public sealed partial class PositionIntake(
    DeviceDirectory devices,
    UnknownDeviceLog unknownDevices,
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

        var actionableAlarm = DeviceAlarmRule.Classify(message.DeviceAlarm) is not null ? message.DeviceAlarm : null;
        if (message.Position is not { } report)
        {
            return binding is { CaseId: { } noFixCase, Role: { } noFixRole } && actionableAlarm is not null
                ? await RaiseWithoutFixAsync(noFixCase, new ObservedDeviceAlarm(noFixRole, binding.DeviceId, actionableAlarm, message.RawFrame))
                : IntakeOutcome.Accepted;
        }

        var position = ToPosition(binding.DeviceId, report);
        try
        {
            await writer.WriteAsync(position, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStoreFailed(ex, message.UniqueId);
            return IntakeOutcome.Unavailable;
        }

        if (binding is not { CaseId: { } caseId, Role: { } role })
        {
            return IntakeOutcome.Accepted;
        }

        if (!report.Valid)
        {
            // No usable fix: the engine must not move on it, but an SOS in it is still an SOS.
            return actionableAlarm is null
                ? IntakeOutcome.Accepted
                : await RaiseWithoutFixAsync(caseId, new ObservedDeviceAlarm(role, binding.DeviceId, actionableAlarm, message.RawFrame));
        }

        return await ForwardAsync(caseId, role, position, report.Alarm, message.RawFrame) || actionableAlarm is null
            ? IntakeOutcome.Accepted
            : IntakeOutcome.Unavailable;
    }

    private Position ToPosition(Guid deviceId, DeviceReport report) => new()
    {
        DeviceId = deviceId,
        FixTime = report.FixTime,
        ServerTime = time.GetUtcNow().UtcDateTime,
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

    /// <returns>False when the engine failed: the position is stored, but a device alarm in it may not be.</returns>
    private async Task<bool> ForwardAsync(Guid caseId, PartyRole role, Position position, string? deviceAlarm, string? rawFrame)
    {
        try
        {
            var fix = new ObservedFix(role, position.DeviceId, position.FixTime, position.Latitude, position.Longitude, position.AccuracyMetres, deviceAlarm, rawFrame);
            await grains.GetGrain<ICaseMonitorGrain>(caseId).ObserveAsync(fix);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogEngineFailed(ex, caseId);
            return false;
        }
    }

    /// <summary>The alarm is stored nowhere else: if it cannot be raised, the device is not answered and sends it again.</summary>
    private async Task<IntakeOutcome> RaiseWithoutFixAsync(Guid caseId, ObservedDeviceAlarm alarm)
    {
        try
        {
            await grains.GetGrain<ICaseMonitorGrain>(caseId).ObserveDeviceAlarmAsync(alarm);
            return IntakeOutcome.Accepted;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogEngineFailed(ex, caseId);
            return IntakeOutcome.Unavailable;
        }
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Error, Message = "Position of device {Device} could not be stored")]
    private partial void LogStoreFailed(Exception exception, string device);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error, Message = "The engine could not evaluate a message of case {CaseId}")]
    private partial void LogEngineFailed(Exception exception, Guid caseId);
}
