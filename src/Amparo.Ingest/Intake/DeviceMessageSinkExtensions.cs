using System.Buffers;
using Amparo.Domain.Devices;

namespace Amparo.Ingest.Intake;

/// <summary>How every listener hands one frame's messages to the sink.</summary>
public static class DeviceMessageSinkExtensions
{
    /// <summary>One message on its own (the apps' fixes and alerts): a frame of one.</summary>
    public static ValueTask<IntakeOutcome> AcceptAsync(this IDeviceMessageSink sink, DecodedMessage message, DeviceProtocol protocol, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        return sink.AcceptFrameAsync([message], protocol, cancellationToken);
    }

    /// <summary>
    /// Hands the frame's messages to the sink; when one is not stored the device gets no reply and sends the frame
    /// again. A message that carries a device alarm keeps the frame as received, in hex: it is the alarm's evidence.
    /// </summary>
    /// <returns>True when every message was stored.</returns>
    public static async ValueTask<bool> AcceptAllAsync(
        this IDeviceMessageSink sink, IReadOnlyList<DecodedMessage> messages, ReadOnlySequence<byte> frame, DeviceProtocol protocol, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0)
        {
            return true;
        }

        string? evidence = null;
        var kept = messages.Select(m => m.DeviceAlarm is null ? m : m with { RawFrame = evidence ??= Convert.ToHexString(frame.ToArray()) }).ToList();
        return await sink.AcceptFrameAsync(kept, protocol, cancellationToken) == IntakeOutcome.Accepted;
    }
}
