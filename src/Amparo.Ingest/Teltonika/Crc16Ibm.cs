namespace Amparo.Ingest.Teltonika;

/// <summary>CRC-16/IBM (ARC): poly 0x8005 reflected (0xA001), init 0, as Teltonika AVL packets carry it.</summary>
public static class Crc16Ibm
{
    public static ushort Compute(ReadOnlySpan<byte> data)
    {
        ushort crc = 0;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (ushort)((crc >> 1) ^ 0xA001) : (ushort)(crc >> 1);
            }
        }

        return crc;
    }
}
