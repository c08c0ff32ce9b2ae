using System.Buffers.Binary;
using System.Globalization;
using Amparo.Domain.Geo;
using Amparo.Domain.Positions;

namespace Amparo.Ingest.Teltonika;

/// <summary>
/// The AVL records of codec 7 (GH3000 personal trackers). Each record: a 4-byte word with the priority in its top
/// two bits and seconds since 2007-01-01 UTC in the rest; a global mask saying which parts follow (bit 0 GPS element,
/// bits 1-3 the 1-, 2- and 4-byte IO groups); the GPS element with its own mask (bit 0 latitude and longitude as
/// IEEE floats, 1 altitude, 2 course in 1/256 turns, 3 speed km/h, 4 satellites, 5 LAC and cell id, 6 signal,
/// 7 operator); IO groups of a 1-byte count and 1-byte ids. A record without coordinates carries no fix.
/// </summary>
internal static class TeltonikaCodec7Reader
{
    private static readonly DateTime Epoch = new(2007, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// The fixes and the statuses (records without a fix), or null when the records do not fill
    /// <paramref name="records"/> exactly or a fix is impossible.
    /// </summary>
    public static (List<DeviceReport> Fixes, List<IReadOnlyDictionary<string, object>> Statuses)? TryRead(ReadOnlySpan<byte> records, int count, string imei)
    {
        var fixes = new List<DeviceReport>();
        var statuses = new List<IReadOnlyDictionary<string, object>>();
        var at = 0;
        try
        {
            for (var i = 0; i < count; i++)
            {
                if (ReadRecord(records, ref at, imei, out var attributes) is { } fix)
                {
                    fixes.Add(fix);
                }
                else
                {
                    statuses.Add(attributes);
                }
            }
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or IndexOutOfRangeException or InvalidDataException)
        {
            return null;
        }

        return at == records.Length ? (fixes, statuses) : null;
    }

    private static DeviceReport? ReadRecord(ReadOnlySpan<byte> data, ref int at, string imei, out Dictionary<string, object> attributes)
    {
        var stamp = BinaryPrimitives.ReadUInt32BigEndian(data[at..]);
        var time = Epoch.AddSeconds(stamp & 0x3FFF_FFFF);
        attributes = new Dictionary<string, object> { ["priority"] = (int)(stamp >> 30) };
        var globalMask = data[at + 4];
        at += 5;
        var gps = (globalMask & 0x01) != 0 ? ReadGpsElement(data, ref at, attributes) : default;
        foreach (var (bit, size) in new[] { (0x02, 1), (0x04, 2), (0x08, 4) })
        {
            if ((globalMask & bit) == 0)
            {
                continue;
            }

            var n = data[at++];
            for (var k = 0; k < n; k++)
            {
                var id = data[at];
                AddIo(id, data.Slice(at + 1, size), attributes);
                at += 1 + size;
            }
        }

        if (gps.Latitude is not { } latitude || gps.Longitude is not { } longitude)
        {
            return null;
        }

        if (!GeoPoint.IsValid(latitude, longitude))
        {
            throw new InvalidDataException("Coordinates out of range.");
        }

        // A GPS element that counts no satellites reports the last known place, not a current fix.
        var valid = !attributes.TryGetValue("sat", out var satellites) || (int)satellites > 0;
        return new DeviceReport(imei, time, valid, latitude, longitude,
            SpeedKnots: gps.SpeedKmh is { } kmh ? Math.Round(kmh * TeltonikaUnits.KnotsPerKmh, 4) : null,
            Course: gps.Course, Altitude: gps.Altitude,
            BatteryPercent: attributes.TryGetValue("batteryLevel", out var battery) ? Convert.ToDouble(battery, CultureInfo.InvariantCulture) : null,
            Alarm: attributes.TryGetValue("alarm", out var alarm) ? (string)alarm : null,
            Attributes: attributes);
    }

    private static (double? Latitude, double? Longitude, double? Altitude, double? Course, int? SpeedKmh) ReadGpsElement(
        ReadOnlySpan<byte> data, ref int at, Dictionary<string, object> attributes)
    {
        var mask = data[at++];
        (double? Latitude, double? Longitude, double? Altitude, double? Course, int? SpeedKmh) gps = default;
        if ((mask & 0x01) != 0)
        {
            gps.Latitude = BinaryPrimitives.ReadSingleBigEndian(data[at..]);
            gps.Longitude = BinaryPrimitives.ReadSingleBigEndian(data[(at + 4)..]);
            at += 8;
        }

        if ((mask & 0x02) != 0)
        {
            gps.Altitude = BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
            at += 2;
        }

        if ((mask & 0x04) != 0)
        {
            gps.Course = data[at++] * 360.0 / 256;
        }

        if ((mask & 0x08) != 0)
        {
            gps.SpeedKmh = data[at++];
        }

        if ((mask & 0x10) != 0)
        {
            attributes["sat"] = (int)data[at++];
        }

        if ((mask & 0x20) != 0)
        {
            attributes["lac"] = (int)BinaryPrimitives.ReadUInt16BigEndian(data[at..]);
            attributes["cid"] = (int)BinaryPrimitives.ReadUInt16BigEndian(data[(at + 2)..]);
            at += 4;
        }

        if ((mask & 0x40) != 0)
        {
            attributes["rssi"] = (int)data[at++];
        }

        if ((mask & 0x80) != 0)
        {
            attributes["operator"] = (long)BinaryPrimitives.ReadUInt32BigEndian(data[at..]);
            at += 4;
        }

        return gps;
    }

    /// <summary>GH3000 IO ids differ from the FM units': 1 is the battery level, 222 the SOS button.</summary>
    private static void AddIo(int id, ReadOnlySpan<byte> raw, Dictionary<string, object> attributes)
    {
        long value = raw.Length switch
        {
            1 => raw[0],
            2 => BinaryPrimitives.ReadUInt16BigEndian(raw),
            _ => BinaryPrimitives.ReadUInt32BigEndian(raw),
        };
        switch (id)
        {
            case 1:
                attributes["batteryLevel"] = value;
                break;
            case 2:
                attributes["usbConnected"] = value == 1;
                break;
            case 5:
                attributes["uptime"] = value;
                break;
            case 20 or 21 or 22:
                attributes[id switch { 20 => "hdop", 21 => "vdop", _ => "pdop" }] = value * 0.1;
                break;
            case 67:
                attributes["battery"] = value * 0.001;
                break;
            case 221:
                attributes["button"] = value;
                break;
            case 222 when value == 1:
                attributes["alarm"] = "sos";
                break;
            case 240:
                attributes["motion"] = value == 1;
                break;
            case 244:
                attributes["roaming"] = value == 1;
                break;
            default:
                attributes[string.Create(CultureInfo.InvariantCulture, $"io{id}")] = value;
                break;
        }
    }
}
