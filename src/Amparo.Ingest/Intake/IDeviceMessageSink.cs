using Amparo.Domain.Devices;

namespace Amparo.Ingest.Intake;

/// <summary>Where listeners hand decoded messages; it answers only once a position is committed.</summary>
public interface IDeviceMessageSink
{
    /// <summary>Whether a device that logs in is registered; an unknown one is recorded for a technician to register.</summary>
    ValueTask<bool> IdentifyAsync(string uniqueId, DeviceProtocol protocol, string? remoteAddress, CancellationToken cancellationToken);

    ValueTask<IntakeOutcome> AcceptAsync(DecodedMessage message, DeviceProtocol protocol, CancellationToken cancellationToken);
}
