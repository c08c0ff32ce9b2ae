using System.Buffers;
using Amparo.Ingest.Intake;
using Amparo.Ingest.Tcp;

namespace Amparo.Ingest.Gt06;

/// <summary>A GT06 connection: frames are attributed to the IMEI of its accepted login.</summary>
public sealed class Gt06Session(TimeProvider time) : ITcpDeviceSession
{
    private string? _imei;

    public FrameStatus TryReadFrame(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> frame, out string? error) =>
        Gt06FrameReader.TryRead(ref buffer, out frame, out error);

    public TcpFrameOutcome Decode(ReadOnlySequence<byte> frame)
    {
        Span<byte> bytes = stackalloc byte[(int)frame.Length];
        frame.CopyTo(bytes);
        // The device model would come from the device registry; until it records one, frames decode in the standard layouts.
        var result = Gt06Decoder.Decode(bytes, _imei, time.GetUtcNow().UtcDateTime, model: null);
        if (result.Message is not { } message)
        {
            return TcpFrameOutcome.Refused(result.Error ?? "Undecodable frame.");
        }

        if (message.LoginImei is { } login)
        {
            return new TcpFrameOutcome(login, [], message.Reply, null);
        }

        IReadOnlyList<DecodedMessage> messages = message switch
        {
            { Position: { } position } => [DecodedMessage.WithPosition(position)],
            { Kind: MessageKind.NoPosition } when _imei is not null => [new DecodedMessage(MessageKind.NoPosition, _imei, null, message.Attributes)],
            _ => [],
        };
        return new TcpFrameOutcome(null, messages, message.Reply, null);
    }

    public void Identified(string uniqueId) => _imei = uniqueId;
}
