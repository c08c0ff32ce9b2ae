using Amparo.Domain.Devices;

namespace Amparo.Ingest.Intake;

/// <summary>Where listeners hand decoded messages; it answers only once a position is committed.</summary>
public interface IDeviceMessageSink
{
    ValueTask<IntakeOutcome> AcceptAsync(DecodedMessage message, DeviceProtocol protocol, CancellationToken cancellationToken);
}
