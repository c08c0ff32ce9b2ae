using Amparo.Domain.Geo;
using Keys = Amparo.Ingest.Gt06.Gt06Contents.Keys;

namespace Amparo.Ingest.Gt06;

/// <summary>The GPS block and the serving cell, as most GT06 location messages carry them.</summary>
internal static class Gt06LocationReader
{
    private const double KnotsPerKmh = 0.539957;

    /// <summary>
    /// Date, satellites, latitude, longitude, speed (km/h), course and flags. With <paramref name="hasLength"/> a
    /// length byte follows the date, and 0 there means the device had no fix: then false and no fix is set.
    /// </summary>
    public static bool ReadGps(ref Gt06Reader reader, Gt06Contents contents, bool hasLength = false, bool hasSatellites = true, bool hasSpeed = true)
    {
        var time = reader.Date();
        if (hasLength && reader.Byte() == 0)
        {
            return false;
        }

        if (hasSatellites)
        {
            contents.Set(Keys.Satellites, reader.Byte() & 0x0F);
        }

        var latitude = reader.UInt32() / 60.0 / 30000.0;
        var longitude = reader.UInt32() / 60.0 / 30000.0;
        var speedKmh = hasSpeed ? reader.Byte() : 0;
        var flags = reader.UInt16();
        contents.Fix = Fix(time, latitude, longitude, speedKmh, flags);
        if ((flags & 0x4000) != 0)
        {
            contents.Set(Keys.Ignition, (flags & 0x8000) != 0);
        }

        return true;
    }

    /// <summary>A fix from the raw GT06 values; the flags hold the course, validity and hemispheres.</summary>
    public static Gt06Fix Fix(DateTime time, double latitude, double longitude, int speedKmh, int flags)
    {
        if ((flags & 0x0400) == 0)
        {
            latitude = -latitude;
        }

        if ((flags & 0x0800) != 0)
        {
            longitude = -longitude;
        }

        return Checked(new Gt06Fix(time, (flags & 0x1000) != 0, latitude, longitude, Math.Round(speedKmh * KnotsPerKmh, 4), flags & 0x03FF));
    }

    /// <summary>The fix, if its coordinates are on the globe.</summary>
    public static Gt06Fix Checked(Gt06Fix fix) =>
        GeoPoint.IsValid(fix.Latitude, fix.Longitude) ? fix : throw new Gt06LayoutException("Coordinates out of range.");

    /// <summary>MCC, MNC, LAC and cell id in the widths <paramref name="format"/> gives.</summary>
    public static void ReadCell(ref Gt06Reader reader, Gt06Contents contents, Gt06CellFormat format)
    {
        var mcc = reader.UInt16();
        int mnc = (mcc & 0x8000) != 0 || format.WideMnc ? reader.UInt16() : reader.Byte();
        long lac = format.WideLac ? reader.Int32() : reader.UInt16();
        var cellId = reader.UnsignedBigEndian(format.CellIdBytes);
        contents.SetCell(mcc & 0x7FFF, mnc, lac, cellId);
    }

    /// <summary>
    /// A cell after a length byte (status messages), false when there is none. Devices disagree on whether the length counts itself, so the
    /// layout's own widths are read and only a surplus beyond nine bytes is skipped. A length of 0 means no cell;
    /// some devices then send 45 zero bytes in its place.
    /// </summary>
    public static bool ReadCellWithLength(ref Gt06Reader reader, Gt06Contents contents, Gt06CellFormat format)
    {
        var length = reader.Byte();
        if (length == 0)
        {
            SkipZeroedCells(ref reader);
            return false;
        }

        ReadCell(ref reader, contents, format);
        if (length > 9)
        {
            reader.Skip(length - 9);
        }

        return true;
    }

    private static void SkipZeroedCells(ref Gt06Reader reader)
    {
        var rest = reader.Rest;
        var zeroed = rest.Length > 9 && !rest[9..Math.Min(45, rest.Length)].ContainsAnyExcept((byte)0);
        if (zeroed)
        {
            reader.Skip(Math.Min(45, rest.Length));
        }
    }
}

/// <summary>Field widths of a cell: a two-byte MNC (also forced by the MCC's top bit), a four-byte LAC, a cell id of 1–8 bytes.</summary>
internal readonly record struct Gt06CellFormat(bool WideMnc = false, bool WideLac = false, int CellIdBytes = 3)
{
    public static Gt06CellFormat Standard => new(CellIdBytes: 3);

    /// <summary>4G cells: four-byte LAC, eight-byte cell id.</summary>
    public static Gt06CellFormat Long => new(WideLac: true, CellIdBytes: 8);
}
