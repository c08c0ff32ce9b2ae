using static Amparo.Ingest.Gt06.Gt06MessageTypes;
using Keys = Amparo.Ingest.Gt06.Gt06Contents.Keys;

namespace Amparo.Ingest.Gt06;

/// <summary>
/// The GPS + LBS (+ status) family: a GPS block, the serving cell, the status block, then what each model appends.
/// </summary>
internal static class Gt06LocationMessages
{
    public static bool Handles(Gt06Context context) => HasGps(context) || HasCell(context) || HasStatus(context);

    public static void Read(ref Gt06Reader reader, Gt06Contents contents, Gt06Context context)
    {
        var (type, layout, model) = (context.Type, context.Layout, context.Model);
        var ntReport = model.IsNt && type is GpsLbs2 or GpsLbsDriver;
        if (type == GpsLbs1 && model.IsQh302R)
        {
            reader.Skip(8); // IMEI
        }

        if (ntReport)
        {
            reader.Skip(1 + 8 + 6); // location source, IMEI, device time
        }

        if (HasGps(context))
        {
            Gt06LocationReader.ReadGps(ref reader, contents);
        }

        if (HasCell(context) && reader.Remaining > 0)
        {
            ReadCell(ref reader, contents, context);
        }

        if (HasStatus(context))
        {
            if (layout == Gt06Layout.Lw4g)
            {
                reader.Skip(1); // network type
            }

            Gt06StatusReader.ReadBlock(ref reader, contents, context);
        }

        if ((layout is Gt06Layout.Lw4g or Gt06Layout.Sl4x && HasStatus(context)) || type is GpsLbsStatus3 or FenceMulti || ntReport)
        {
            SkipIfPresent(ref reader, 1); // language
        }

        Gt06ModelExtensions.Read(ref reader, contents, context);
        ReadTrailer(ref reader, contents, context);
    }

    private static bool HasGps(Gt06Context context) => context.Type switch
    {
        Gps or GpsLbs1 or GpsLbs2 or GpsLbsDriver or GpsLbs3 or GpsLbs4 or GpsLbs5 or GpsLbs6
            or GpsLbsStatus1 or GpsLbsStatus2 or GpsLbsStatus3 or GpsLbsStatus4 or GpsPhone or GpsLbsExtend
            or GpsLbs7 or FenceMulti or IButton => true,
        Wifi => context.Layout == Gt06Layout.Rfid,
        LbsMultiple3 => context.Layout == Gt06Layout.Sr411Mini,
        Wifi3 => context.Layout == Gt06Layout.Lw4g,
        FenceSingle => context.Layout != Gt06Layout.Seeworld,
        Status2 => context.Model.IsVl,
        _ => false,
    };

    private static bool HasCell(Gt06Context context) => context.Type switch
    {
        LbsStatus or LbsAlarm or LbsAddress => true,
        GpsPhone or GpsLbsExtend or Gps => false,
        _ => HasGps(context),
    };

    private static bool HasStatus(Gt06Context context) => context.Type switch
    {
        LbsStatus or GpsLbsStatus1 or GpsLbsStatus2 or GpsLbsStatus3 or GpsLbsStatus4 or FenceMulti
            or LbsAlarm or FenceSingle => true,
        Wifi3 => context.Layout == Gt06Layout.Lw4g,
        GpsLbs2 or GpsLbsDriver => context.Model.IsNt,
        _ => false,
    };

    private static void ReadCell(ref Gt06Reader reader, Gt06Contents contents, Gt06Context context)
    {
        var (type, layout) = (context.Type, context.Layout);
        var format = type switch
        {
            GpsLbs7 or LbsAlarm or LbsAddress or FenceMulti or FenceSingle => Gt06CellFormat.Long,
            Wifi3 => Gt06CellFormat.Long,
            GpsLbs6 => new Gt06CellFormat(WideMnc: true, CellIdBytes: 4),
            IButton or GpsLbsDriver or Status2 => new Gt06CellFormat(CellIdBytes: 4),
            _ when layout == Gt06Layout.Sl4x => new Gt06CellFormat(WideMnc: true, CellIdBytes: 4),
            _ when layout == Gt06Layout.Seeworld => new Gt06CellFormat(CellIdBytes: 4),
            _ => Gt06CellFormat.Standard,
        };

        if (type == FenceSingle)
        {
            contents.Set(Keys.Geofence, (int)reader.Byte());
            Gt06LocationReader.ReadCell(ref reader, contents, format);
        }
        else if (type == GpsLbsStatus4 && layout == Gt06Layout.Sl4x)
        {
            // SL4X status reports: the length byte gives the cell's size (not counting itself); the cell id fills
            // what the MCC, MNC and LAC leave. (Traccar reads an eight-byte id here and runs into the CRC.)
            var length = reader.Byte();
            Gt06LocationReader.ReadCell(ref reader, contents, format with { CellIdBytes = length - 6 });
        }
        else if (HasCellLength(context))
        {
            Gt06LocationReader.ReadCellWithLength(ref reader, contents, format);
        }
        else
        {
            Gt06LocationReader.ReadCell(ref reader, contents, format);
        }
    }

    /// <summary>Status messages put a length byte before the cell; not the LBS-only ones, 4G ones, or VXT01's 0x16.</summary>
    private static bool HasCellLength(Gt06Context context) =>
        HasStatus(context)
        && context.Type is not (LbsStatus or LbsAlarm or Wifi3 or FenceSingle)
        && !(context.Type == GpsLbsStatus1 && context.Layout == Gt06Layout.Vxt01);

    /// <summary>What generic devices append: ignition / upload mode / archive flags, an odometer, a geofence number.</summary>
    private static void ReadTrailer(ref Gt06Reader reader, Gt06Contents contents, Gt06Context context)
    {
        if (reader.Remaining is 3 or 7)
        {
            contents.Set(Keys.Ignition, reader.Byte() > 0);
            reader.Skip(1); // upload mode
            SetArchive(reader.Byte(), contents);
        }

        if (reader.Remaining == 4)
        {
            contents.Set(Keys.Odometer, (long)reader.UInt32());
        }

        if (context.Type is GpsLbsStatus3 or FenceMulti && reader.Remaining > 0)
        {
            contents.Set(Keys.Geofence, (int)reader.Byte());
        }
    }

    public static void SetArchive(byte flag, Gt06Contents contents)
    {
        if (flag > 0)
        {
            contents.Set(Keys.Archive, true);
        }
    }

    private static void SkipIfPresent(ref Gt06Reader reader, int count) => reader.Skip(Math.Min(count, reader.Remaining));
}
