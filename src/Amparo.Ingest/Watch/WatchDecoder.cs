using System.Globalization;
using Amparo.Domain.Positions;
using Amparo.Ingest.Intake;

namespace Amparo.Ingest.Watch;

/// <summary>
/// Decodes one "watch" (3G / SG / ZJ / CS) message, <c>[MFR*id*len*CONTENT]</c> or, for ZJ,
/// <c>[ZJ*id*index*len*CONTENT]</c>. UD… and AL… carry a fix (speed in km/h); the status word's bits carry SOS,
/// low battery, fences, removal and falls. Replies: LK → LK, AL… → AL, TKQ/TKQ2 echoed, INIT → INIT,1.
/// </summary>
public static class WatchDecoder
{
    private const double KnotsPerKmh = 0.539957;

    public static WatchMessage? Decode(string frame)
    {
        var text = frame.Trim();
        if (text.Length < 5 || text[0] != '[' || text[^1] != ']')
        {
            return null;
        }

        var parts = text[1..^1].Split('*', 4);
        if (parts.Length < 4)
        {
            return null;
        }

        var (maker, id) = (parts[0], parts[1]);
        string? index = null;
        var content = parts[3];
        if (IsHex4(parts[2]) && content.Length > 5 && IsHex4(content[..4]) && content[4] == '*')
        {
            index = parts[2];
            content = content[5..];
        }

        var fields = content.Split(',');
        var type = fields[0];
        var prefix = index is null ? $"[{maker}*{id}*" : $"[{maker}*{id}*{index}*";
        var reply = type switch
        {
            "LK" => Reply(prefix, "LK"),
            "TKQ" or "TKQ2" => Reply(prefix, type),
            "INIT" => Reply(prefix, "INIT,1"),
            _ when type.StartsWith("AL", StringComparison.Ordinal) => Reply(prefix, "AL"),
            _ => null,
        };
        var attributes = new Dictionary<string, object>();
        if ((type.StartsWith("UD", StringComparison.Ordinal) || type.StartsWith("AL", StringComparison.Ordinal)) && fields.Length >= 10)
        {
            var position = ReadFix(id, fields, attributes);
            return new WatchMessage(position is null ? MessageKind.Ignored : MessageKind.Position, id, type, position, attributes, reply);
        }

        return new WatchMessage(MessageKind.NoPosition, id, type, null, attributes, reply);
    }

    private static DeviceReport? ReadFix(string id, string[] f, Dictionary<string, object> attributes)
    {
        if (!DateTime.TryParseExact(f[1] + f[2], "ddMMyyHHmmss", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time)
            || !TryNumber(f[4], out var latitude) || !TryNumber(f[6], out var longitude))
        {
            return null;
        }

        latitude = f[5] == "S" ? -Math.Abs(latitude) : latitude;
        longitude = f[7] == "W" ? -Math.Abs(longitude) : longitude;
        if (latitude is < -90 or > 90 || longitude is < -180 or > 180)
        {
            return null;
        }

        TryNumber(f[8], out var speedKmh);
        TryNumber(f[9], out var course);
        if (f.Length > 13 && int.TryParse(f[13], NumberStyles.None, CultureInfo.InvariantCulture, out var battery))
        {
            attributes["batteryLevel"] = battery;
        }

        string? alarm = null;
        if (f.Length > 16 && int.TryParse(f[16], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var status))
        {
            attributes["status"] = status;
            alarm = AlarmOf(status);
            if (alarm is not null)
            {
                attributes["alarm"] = alarm;
            }
        }

        return new DeviceReport(id, time, f[3] == "A", latitude, longitude,
            SpeedKnots: Math.Round(speedKmh * KnotsPerKmh, 4), Course: course, Alarm: alarm, Attributes: attributes);
    }

    /// <summary>The alarm bits of the status word, most urgent first.</summary>
    private static string? AlarmOf(int status) =>
        (status & 0x00010000) != 0 ? "sos"
        : (status & 0x00100000) != 0 ? "removing"
        : (status & 0x00200000) != 0 ? "fallDown"
        : (status & 0x00020000) != 0 ? "lowBattery"
        : (status & 0x00040000) != 0 ? "geofenceExit"
        : (status & 0x00080000) != 0 ? "geofenceEnter"
        : null;

    private static string Reply(string prefix, string content) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}{content.Length:X4}*{content}]");

    private static bool IsHex4(string value) => value.Length == 4 && value.All(char.IsAsciiHexDigit);

    private static bool TryNumber(string text, out double value)
    {
        value = 0;
        var trimmed = text.Trim();
        return trimmed.Length == 0
            || (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value));
    }
}
