using System.Buffers;
using System.Text;
using Amparo.Ingest.Intake;
using Amparo.Ingest.Tcp;

namespace Amparo.Ingest.H02;

/// <summary>
/// An H02 connection. H02 has no login: the first message's id identifies the device, and a later message with
/// another id is refused (one connection, one device). Text messages go to <see cref="H02Decoder"/>, binary '$'
/// reports to <see cref="H02BinaryDecoder"/>; 'X' reports are not decoded (Traccar ignores them too).
/// </summary>
public sealed class H02Session(TimeProvider time) : ITcpDeviceSession
{
    private string? _deviceId;

    public FrameStatus TryReadFrame(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> frame, out string? error) =>
        H02FrameReader.TryRead(ref buffer, out frame, out error);

    public TcpFrameOutcome Decode(ReadOnlySequence<byte> frame)
    {
        var marker = frame.FirstSpan[0];
        if (marker == (byte)'X')
        {
            return new TcpFrameOutcome(null, [], null, null);
        }

        var message = marker == (byte)'$'
            ? H02BinaryDecoder.Decode(frame.ToArray())
            : H02Decoder.Decode(Encoding.Latin1.GetString(frame), time.GetUtcNow().UtcDateTime);
        if (message is null)
        {
            return TcpFrameOutcome.Refused(marker == (byte)'$'
                ? "An H02 binary report that does not decode (a digit that is not BCD, an impossible date or coordinate)."
                : "An H02 text message without a type.");
        }

        if (message.DeviceId.Length == 0)
        {
            return TcpFrameOutcome.Refused("An H02 message without a device id.");
        }

        if (_deviceId is not null && _deviceId != message.DeviceId)
        {
            return TcpFrameOutcome.Refused($"Device id changed from {_deviceId} to {message.DeviceId} on one connection.");
        }

        var reply = message.Reply is { } text ? Encoding.ASCII.GetBytes(text) : null;
        IReadOnlyList<DecodedMessage> messages = message.Kind switch
        {
            MessageKind.Position => [DecodedMessage.WithPosition(message.Position!)],
            MessageKind.NoPosition => [new DecodedMessage(MessageKind.NoPosition, message.DeviceId, null, message.Attributes)],
            _ => [],
        };
        return new TcpFrameOutcome(_deviceId is null ? message.DeviceId : null, messages, reply, null);
    }

    public void Identified(string uniqueId) => _deviceId = uniqueId;
}
