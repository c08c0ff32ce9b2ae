namespace Amparo.Ingest.Teltonika;

/// <summary>
/// The body of an AVL packet, the same over TCP and UDP: codec, record count, records, record count again.
/// Codecs 7, 8, 8 Extended and 16 carry fixes and are answered with their record count (4 bytes big-endian over
/// TCP); codec 12/13 (command replies) get no record-count reply.
/// </summary>
public static class TeltonikaAvlDecoder
{
    public static (TeltonikaPacket? Packet, string? Error) Decode(ReadOnlySpan<byte> body, string imei)
    {
        if (body.Length < 3)
        {
            return (null, "The AVL packet is too short.");
        }

        var codec = body[0];
        var count = body[1];
        if (body[^1] != count)
        {
            return (null, "The two record counts differ.");
        }

        var records = body[2..^1];
        byte[] reply = [0, 0, 0, count];
        switch (codec)
        {
            case 0x0C:
                return (new TeltonikaPacket(null, codec, [], null), null);
            case 0x0D:
                return TeltonikaCommandReplyReader.TryRead(records, count) is { } replies
                    ? (new TeltonikaPacket(null, codec, [], null) { Statuses = replies }, null)
                    : (null, "The codec 13 records do not fit the packet.");
            case 0x07:
                return TeltonikaCodec7Reader.TryRead(records, count, imei) is { } gh3000
                    ? (new TeltonikaPacket(null, codec, gh3000.Fixes, reply) { Statuses = gh3000.Statuses }, null)
                    : (null, "The codec 7 records do not fit the packet or carry impossible coordinates.");
            case var _ when TeltonikaRecordReader.IsSupported(codec):
                // Devices configured with 16-byte IO elements send codec 8 with one more IO group; the records must
                // then fill the packet exactly, which tells the two layouts apart.
                var fixes = TeltonikaRecordReader.TryRead(records, codec, count, imei, sixteenByteIo: false)
                    ?? TeltonikaRecordReader.TryRead(records, codec, count, imei, sixteenByteIo: true);
                return fixes is null
                    ? (null, "The records do not fit the packet or carry impossible coordinates.")
                    : (new TeltonikaPacket(null, codec, fixes, reply), null);
            default:
                return (null, $"Codec 0x{codec:x2} is not supported.");
        }
    }
}
