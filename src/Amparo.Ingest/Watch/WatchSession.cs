using System.Buffers;
using System.Text;
using Amparo.Ingest.Intake;
using Amparo.Ingest.Tcp;

namespace Amparo.Ingest.Watch;

/// <summary>A watch connection: the first message's id identifies the device; another id later is refused.</summary>
public sealed class WatchSession : ITcpDeviceSession
{
    private string? _deviceId;

    public FrameStatus TryReadFrame(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> frame, out string? error) =>
        WatchFrameReader.TryRead(ref buffer, out frame, out error);

    public TcpFrameOutcome Decode(ReadOnlySequence<byte> frame)
    {
        var message = WatchDecoder.Decode(Encoding.Latin1.GetString(frame));
        if (message is null || message.DeviceId.Length == 0)
        {
            return TcpFrameOutcome.Refused("Not a watch message ([MFR*id*len*content]).");
        }

        if (_deviceId is not null && _deviceId != message.DeviceId)
        {
            return TcpFrameOutcome.Refused($"Device id changed from {_deviceId} to {message.DeviceId} on one connection.");
        }

        IReadOnlyList<DecodedMessage> messages = message.Kind switch
        {
            MessageKind.Position => [DecodedMessage.WithPosition(message.Position!)],
            MessageKind.NoPosition => [new DecodedMessage(MessageKind.NoPosition, message.DeviceId, null, message.Attributes)],
            _ => [],
        };
        var reply = message.Reply is { } text ? Encoding.ASCII.GetBytes(text) : null;
        return new TcpFrameOutcome(_deviceId is null ? message.DeviceId : null, messages, reply, null);
    }

    public void Identified(string uniqueId) => _deviceId = uniqueId;
}
