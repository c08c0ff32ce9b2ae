namespace Amparo.Ingest.Gt06;

/// <summary>CRC-16/X-25 (CRC-ITU as GT06 documents call it): poly 0x1021 reflected, init 0xFFFF, xorout 0xFFFF.</summary>
public static class Crc16X25
{
    private static readonly ushort[] Table = BuildTable();

    public static ushort Compute(ReadOnlySpan<byte> data)
    {
        ushort crc = 0xFFFF;
        foreach (var b in data)
        {
            crc = (ushort)((crc >> 8) ^ Table[(crc ^ b) & 0xFF]);
        }

        return (ushort)(crc ^ 0xFFFF);
    }

    private static ushort[] BuildTable()
    {
        var table = new ushort[256];
        for (var i = 0; i < 256; i++)
        {
            var value = (ushort)i;
            for (var bit = 0; bit < 8; bit++)
            {
                value = (value & 1) != 0 ? (ushort)((value >> 1) ^ 0x8408) : (ushort)(value >> 1);
            }

            table[i] = value;
        }

        return table;
    }
}
