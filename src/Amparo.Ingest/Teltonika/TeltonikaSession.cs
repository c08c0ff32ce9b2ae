using System.Buffers;
using Amparo.Ingest.Tcp;

namespace Amparo.Ingest.Teltonika;

/// <summary>
/// A Teltonika connection: the IMEI handshake (answered 01 once the device is known, 00 before closing if it is not)
/// and then AVL packets, answered with their record count once every record is committed.
/// </summary>
public sealed class TeltonikaSession : ITcpDeviceSession
{
    private static readonly byte[] Accepted = [0x01];
    private static readonly byte[] Rejected = [0x00];
    private string? _imei;

    public FrameStatus TryReadFrame(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> frame, out string? error) =>
        TeltonikaFrameReader.TryRead(ref buffer, out frame, out error);

    public TcpFrameOutcome Decode(ReadOnlySequence<byte> frame)
    {
        var bytes = frame.ToArray();
        var (packet, error) = TeltonikaDecoder.Decode(bytes, _imei ?? string.Empty);
        if (packet is null)
        {
            return TcpFrameOutcome.Refused(error ?? "Undecodable packet.");
        }

        if (packet.Imei is { } imei)
        {
            return new TcpFrameOutcome(imei, [], Accepted, null) { UnknownDeviceReply = Rejected };
        }

        if (_imei is null && (packet.Records.Count > 0 || packet.Statuses.Count > 0))
        {
            return TcpFrameOutcome.Refused("AVL data before the IMEI handshake.");
        }

        return new TcpFrameOutcome(null, TeltonikaMessages.Of(_imei!, packet), packet.Reply, null);
    }

    public void Identified(string uniqueId) => _imei = uniqueId;
}
