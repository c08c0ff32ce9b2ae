using System.Buffers.Binary;
using System.Text;

namespace Amparo.Ingest.Teltonika;

/// <summary>Builds Teltonika frames as a unit sends them (handshake, codec 8 AVL packet, UDP datagram), for simulators and tests.</summary>
public static class TeltonikaEncoder
{
    public static byte[] Handshake(string imei) => [.. BitConverter.GetBytes((ushort)imei.Length).Reverse(), .. Encoding.ASCII.GetBytes(imei)];

    /// <summary>
    /// A codec 8 packet of fixes (time, lat, lon, km/h) with one IO element: battery level (id 113). No satellites
    /// (<paramref name="satellites"/> 0) makes the fixes invalid.
    /// </summary>
    public static byte[] Codec8(
        IReadOnlyList<(DateTime Utc, double Latitude, double Longitude, int SpeedKmh)> fixes, byte batteryLevel = 80, byte satellites = 9, int course = 0)
    {
        var data = new List<byte> { 0x08, (byte)fixes.Count };
        foreach (var (utc, latitude, longitude, speed) in fixes)
        {
            var record = new byte[24 + 6];
            BinaryPrimitives.WriteInt64BigEndian(record, new DateTimeOffset(utc).ToUnixTimeMilliseconds());
            BinaryPrimitives.WriteInt32BigEndian(record.AsSpan(9), (int)Math.Round(longitude * 1e7));
            BinaryPrimitives.WriteInt32BigEndian(record.AsSpan(13), (int)Math.Round(latitude * 1e7));
            BinaryPrimitives.WriteUInt16BigEndian(record.AsSpan(17), 2300);
            BinaryPrimitives.WriteUInt16BigEndian(record.AsSpan(19), (ushort)Math.Clamp(course, 0, 359));
            record[21] = satellites;
            BinaryPrimitives.WriteUInt16BigEndian(record.AsSpan(22), (ushort)speed);
            // IO: event 0, total 1, one 1-byte element (113 = battery level), no 2/4/8-byte elements.
            record[24] = 0;
            record[25] = 1;
            record[26] = 1;
            record[27] = 113;
            record[28] = batteryLevel;
            record[29] = 0;
            data.AddRange(record);
            data.AddRange(new byte[] { 0, 0 });
        }

        data.Add((byte)fixes.Count);
        var packet = new byte[8 + data.Count + 4];
        BinaryPrimitives.WriteInt32BigEndian(packet.AsSpan(4), data.Count);
        data.CopyTo(packet, 8);
        BinaryPrimitives.WriteUInt32BigEndian(packet.AsSpan(8 + data.Count), Crc16Ibm.Compute(data.ToArray()));
        return packet;
    }

    /// <summary>The UDP form of a TCP AVL packet: the datagram header with the IMEI, then the packet's body without its CRC.</summary>
    public static byte[] Datagram(string imei, ushort packetId, byte avlPacketId, byte[] tcpPacket)
    {
        ArgumentNullException.ThrowIfNull(tcpPacket);
        byte[] rest = [(byte)(packetId >> 8), (byte)packetId, 0x01, avlPacketId, .. Handshake(imei), .. tcpPacket[8..^4]];
        return [(byte)(rest.Length >> 8), (byte)rest.Length, .. rest];
    }
}
