using System.Buffers.Binary;
using System.Text;

namespace Amparo.Ingest.Gt06;

/// <summary>
/// Reads the big-endian fields of a GT06 message body in order. Reading past the body throws
/// <see cref="Gt06LayoutException"/>: a frame shorter than its layout is refused, never read into its serial or CRC.
/// </summary>
internal ref struct Gt06Reader(ReadOnlySpan<byte> body)
{
    private readonly ReadOnlySpan<byte> _body = body;
    private int _position;

    public readonly int Remaining => _body.Length - _position;

    public readonly ReadOnlySpan<byte> Rest => _body[_position..];

    public readonly byte Peek() => Remaining > 0 ? _body[_position] : throw new Gt06LayoutException();

    public byte Byte() => Take(1)[0];

    public ushort UInt16() => BinaryPrimitives.ReadUInt16BigEndian(Take(2));

    public short Int16() => BinaryPrimitives.ReadInt16BigEndian(Take(2));

    public int UInt24()
    {
        var bytes = Take(3);
        return (bytes[0] << 16) | (bytes[1] << 8) | bytes[2];
    }

    public uint UInt32() => BinaryPrimitives.ReadUInt32BigEndian(Take(4));

    public int Int32() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

    public uint UInt32LittleEndian() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

    public long Int64() => BinaryPrimitives.ReadInt64BigEndian(Take(8));

    /// <summary>A big-endian number of 1 to 8 bytes (an eight-byte one keeps its sign bit, as Traccar reads it).</summary>
    public long UnsignedBigEndian(int count)
    {
        if (count is < 1 or > 8)
        {
            throw new Gt06LayoutException($"A {count}-byte number.");
        }

        var value = 0L;
        foreach (var b in Take(count))
        {
            value = (value << 8) | b;
        }

        return value;
    }

    public ReadOnlySpan<byte> Bytes(int count) => Take(count);

    public string Hex(int count) => Convert.ToHexStringLower(Take(count));

    public string Ascii(int count) => Encoding.ASCII.GetString(Take(count));

    public void Skip(int count) => Take(count);

    /// <summary>Year (since 2000), month, day, hour, minute, second as the GT06 binary date is sent, in UTC.</summary>
    public DateTime Date()
    {
        var d = Take(6);
        return Gt06Dates.Utc(2000 + d[0], d[1], d[2], d[3], d[4], d[5]);
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > Remaining)
        {
            throw new Gt06LayoutException();
        }

        var slice = _body.Slice(_position, count);
        _position += count;
        return slice;
    }
}
