using System.Text.Json;
using Amparo.Data.Devices;
using Amparo.Data.Positions;
using Amparo.Domain.Devices;
using Amparo.Domain.People;
using Amparo.Ingest.Intake;
using Amparo.Monitoring.Engine;
using Microsoft.Extensions.Logging;

namespace Amparo.Monitoring.Intake;

/// <summary>
/// The path of a position after decoding: resolve the device, commit the position (group commit), then hand it
/// to its case's grain and to the live feed. A device is answered only after the commit.
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

        if (message.Position is not { } report)
        {
            return IntakeOutcome.Accepted;
        }

        var position = new Position
        {
            DeviceId = binding.DeviceId,
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
        try
        {
            await writer.WriteAsync(position, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStoreFailed(ex, message.UniqueId);
            return IntakeOutcome.Unavailable;
        }

        if (binding is { CaseId: { } caseId, Role: { } role } && report.Valid)
        {
            await ForwardAsync(caseId, role, position, report.Alarm, message.RawFrame);
        }

        return IntakeOutcome.Accepted;
    }

    private async Task ForwardAsync(Guid caseId, PartyRole role, Position position, string? deviceAlarm, string? rawFrame)
    {
        // The position is already stored; a failure here must not make the device send it again.
        try
        {
            var fix = new ObservedFix(role, position.DeviceId, position.FixTime, position.Latitude, position.Longitude, position.AccuracyMetres, deviceAlarm, rawFrame);
            await grains.GetGrain<ICaseMonitorGrain>(caseId).ObserveAsync(fix);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogEngineFailed(ex, caseId);
        }
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Error, Message = "Position of device {Device} could not be stored")]
    private partial void LogStoreFailed(Exception exception, string device);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error, Message = "The engine could not evaluate a stored position of case {CaseId}")]
    private partial void LogEngineFailed(Exception exception, Guid caseId);
}
