using System.Globalization;
using System.Text;
using static Amparo.Ingest.Gt06.Gt06MessageTypes;
using Keys = Amparo.Ingest.Gt06.Gt06Contents.Keys;

namespace Amparo.Ingest.Gt06;

/// <summary>
/// Messages without a fix that list what the device hears: several cells (LBS) and Wi-Fi access points. The serving
/// cell goes to "cell", the access points to "wifi" ("mac/signal;…"), for a later network location.
/// </summary>
internal static class Gt06WifiLbs
{
    public static bool IsMultiCell(Gt06Context context) => context.Type switch
    {
        LbsMultiple1 or LbsMultiple2 or LbsExtend or LbsWifi or Lbs2 => true,
        LbsMultiple3 => context.Layout != Gt06Layout.Sr411Mini,
        Wifi3 => context.Layout != Gt06Layout.Lw4g,
        Wifi5 => !context.Extended,
        X1Gps => context.Layout == Gt06Layout.Sl4x,
        _ => false,
    };

    /// <summary>
    /// The CRC-less Wi-Fi scan (0x17 / 0x69): the length byte is the number of access points and the frame has no
    /// serial and no CRC, so its layout must account for every byte instead. Null when it does not.
    /// </summary>
    public static Gt06Contents? ReadUncheckedWifiScan(ReadOnlySpan<byte> frame, out ReadOnlySpan<byte> date)
    {
        date = default;
        if (frame.Length < 4 + 6 + 4 + 2 || frame[3] is not (Wifi or Wifi2) || frame[^2] != 0x0D || frame[^1] != 0x0A)
        {
            return null;
        }

        var wifiCount = frame[2];
        var cellsAt = 4 + 6 + (wifiCount * 7);
        if (cellsAt + 4 > frame.Length - 2 || frame.Length != cellsAt + 4 + (frame[cellsAt] * 5) + 2)
        {
            return null;
        }

        date = frame.Slice(4, 6);
        var reader = new Gt06Reader(frame[10..^2]);
        var contents = new Gt06Contents();
        SetAccessPoints(ref reader, contents, wifiCount, hasSignal: true, padded: false);
        var cellCount = reader.Byte();
        var mcc = reader.UInt16();
        var mnc = reader.Byte();
        for (var i = 0; i < cellCount; i++)
        {
            var (lac, cellId) = (reader.UInt16(), reader.UInt16());
            reader.Skip(1); // signal
            if (i == 0)
            {
                contents.SetCell(mcc, mnc, lac, cellId);
            }
        }

        return contents;
    }

    /// <summary>0xF3: a date, then access points (two padding bytes and a MAC each).</summary>
    public static void ReadWifiList(ref Gt06Reader reader, Gt06Contents contents)
    {
        reader.Skip(6); // date
        SetAccessPoints(ref reader, contents, reader.Byte(), hasSignal: false, padded: true);
    }

    /// <summary>Date, MCC / MNC, six or seven cells, timing advance, and Wi-Fi access points for the Wi-Fi types.</summary>
    public static void ReadMultiCell(ref Gt06Reader reader, Gt06Contents contents, Gt06Context context)
    {
        var (type, sl4x) = (context.Type, context.Layout == Gt06Layout.Sl4x);
        reader.Skip(6); // date
        if (sl4x)
        {
            reader.Skip(1); // timing advance
        }

        var mcc = reader.UInt16();
        int mnc = (mcc & 0x8000) != 0 || sl4x ? reader.UInt16() : reader.Byte();
        var cells = type == Wifi5 ? 6 : 7;
        for (var i = 0; i < cells; i++)
        {
            var (lac, cellId) = type switch
            {
                Lbs2 or Wifi3 => (reader.Int32(), reader.Int64()),
                Wifi5 or X1Gps => ((long)reader.UInt16(), (long)reader.UInt32()),
                _ => ((long)reader.UInt16(), (long)reader.UInt24()),
            };
            reader.Skip(1); // signal
            if (i == 0 && lac > 0)
            {
                contents.SetCell(mcc & 0x7FFF, mnc, lac, cellId);
            }
        }

        if (!sl4x)
        {
            reader.Skip(1); // timing advance
        }

        if (type is not (LbsMultiple1 or LbsMultiple2 or LbsMultiple3 or Lbs2 or X1Gps))
        {
            SetAccessPoints(ref reader, contents, reader.Byte(), hasSignal: true, padded: false);
        }
    }

    /// <summary>AZ735 (extended 0x32 location / 0x33 alarm): optional fix, optional cell, extra cells, Wi-Fi, status.</summary>
    public static void ReadAz735(ref Gt06Reader reader, Gt06Contents contents, byte type)
    {
        Gt06LocationReader.ReadGps(ref reader, contents, hasLength: true);
        if (Gt06LocationReader.ReadCellWithLength(ref reader, contents, Gt06CellFormat.Standard))
        {
            contents.Set(Keys.Rssi, (int)reader.Byte());
        }

        reader.Skip(reader.Byte()); // further cells
        reader.Skip(reader.Byte()); // Wi-Fi access points
        var status = reader.Byte();
        contents.Set(Keys.Status, (int)status);
        if (type == Wifi5)
        {
            switch (status)
            {
                case 0xA0 or 0xA1:
                    contents.Set(Keys.Armed, status == 0xA0);
                    break;
                case 0xA2 or 0xA3:
                    contents.AddAlarm(Gt06Alarms.LowBattery);
                    break;
                case 0xA4:
                    contents.AddAlarm(Gt06Alarms.General);
                    break;
                case 0xA5:
                    contents.AddAlarm(Gt06Alarms.Door);
                    break;
                default:
                    break;
            }
        }

        reader.Skip(reader.Byte()); // reserved extension
    }

    /// <summary>"mac/signal;…", the signal as the device sends it (the dBm value without its minus sign).</summary>
    private static void SetAccessPoints(ref Gt06Reader reader, Gt06Contents contents, int count, bool hasSignal, bool padded)
    {
        var list = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            if (padded)
            {
                reader.Skip(2);
            }

            var mac = reader.Bytes(6);
            list.Append(list.Length > 0 ? ";" : string.Empty)
                .Append(CultureInfo.InvariantCulture, $"{mac[0]:x2}:{mac[1]:x2}:{mac[2]:x2}:{mac[3]:x2}:{mac[4]:x2}:{mac[5]:x2}");
            if (hasSignal)
            {
                list.Append(CultureInfo.InvariantCulture, $"/{reader.Byte()}");
            }
        }

        if (list.Length > 0)
        {
            contents.Set(Keys.Wifi, list.ToString());
        }
    }
}
