using System.Buffers;
using System.Text;
using Amparo.Ingest.Intake;
using Amparo.Ingest.Tcp;

namespace Amparo.Ingest.H02;

/// <summary>
/// An H02 connection. H02 has no login: the first message's id identifies the device, and a later message with
/// another id is refused (one connection, one device). Binary '$' reports are not decoded yet and are skipped.
/// </summary>
public sealed class H02Session(TimeProvider time) : ITcpDeviceSession
{
    private string? _deviceId;

    public FrameStatus TryReadFrame(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> frame, out string? error) =>
        H02FrameReader.TryRead(ref buffer, out frame, out error);

    public TcpFrameOutcome Decode(ReadOnlySequence<byte> frame)
    {
        if (frame.FirstSpan[0] != (byte)'*')
        {
            return new TcpFrameOutcome(null, [], null, null);
        }

        var message = H02Decoder.Decode(Encoding.Latin1.GetString(frame), time.GetUtcNow().UtcDateTime);
        if (message is null || message.DeviceId.Length == 0)
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
            MessageKind.NoPosition => [new DecodedMessage(MessageKind.NoPosition, message.DeviceId, null)],
            _ => [],
        };
        return new TcpFrameOutcome(_deviceId is null ? message.DeviceId : null, messages, reply, null);
    }

    public void Identified(string uniqueId) => _deviceId = uniqueId;
}
