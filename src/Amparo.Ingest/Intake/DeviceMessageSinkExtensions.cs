using System.Buffers;
using Amparo.Domain.Devices;

namespace Amparo.Ingest.Intake;

/// <summary>How every listener hands one frame's messages to the sink.</summary>
public static class DeviceMessageSinkExtensions
{
    /// <summary>
    /// Hands the messages to the sink in order, stopping at the first one not stored (the device then gets no reply
    /// and sends the frame again). A message that carries a device alarm keeps the frame as received, in hex: it is
    /// the alarm's evidence.
    /// </summary>
    /// <returns>True when every message was stored.</returns>
    public static async ValueTask<bool> AcceptAllAsync(
        this IDeviceMessageSink sink, IReadOnlyList<DecodedMessage> messages, ReadOnlySequence<byte> frame, DeviceProtocol protocol, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(messages);
        string? evidence = null;
        foreach (var message in messages)
        {
            var kept = message.DeviceAlarm is null ? message : message with { RawFrame = evidence ??= Convert.ToHexString(frame.ToArray()) };
            if (await sink.AcceptAsync(kept, protocol, cancellationToken) != IntakeOutcome.Accepted)
            {
                return false;
            }
        }

        return true;
    }
}
