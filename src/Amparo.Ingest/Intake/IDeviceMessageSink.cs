using Amparo.Domain.Devices;

namespace Amparo.Ingest.Intake;

/// <summary>Where listeners hand decoded messages; it answers only once a position is committed.</summary>
public interface IDeviceMessageSink
{
    /// <summary>Whether a device that logs in is registered; an unknown one is recorded for a technician to register.</summary>
    ValueTask<bool> IdentifyAsync(string uniqueId, DeviceProtocol protocol, string? remoteAddress, CancellationToken cancellationToken);

    /// <summary>
    /// One frame's messages (a packet of buffered records, say): all stored together (the positions in one group
    /// commit, not one commit after another), then evaluated in order; accepted only when every one was.
    /// </summary>
    ValueTask<IntakeOutcome> AcceptFrameAsync(IReadOnlyList<DecodedMessage> messages, DeviceProtocol protocol, CancellationToken cancellationToken);
}
