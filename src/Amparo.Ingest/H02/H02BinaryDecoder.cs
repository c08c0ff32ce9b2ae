using System.Buffers.Binary;
using Amparo.Domain.Positions;
using Amparo.Ingest.Intake;

namespace Amparo.Ingest.H02;

/// <summary>
/// Decodes one H02 binary report: '$', the device id (5 bytes of BCD; 8 bytes, of which 15 digits count, in a
/// 42-byte report), then in BCD hhmmss ddmmyy, latitude ddmm.mmmm, a battery byte, longitude dddmm.mmmm, a flags
/// nibble (bit 1 valid, bit 2 north, bit 3 east), speed in knots (3 digits), course (3 digits), then the 4-byte
/// status word. What follows (cells, odometer… in the 45-byte and longer variants) is not read. A digit that is
/// not BCD, an impossible date or coordinate makes the report undecodable. Binary reports get no reply.
/// </summary>
public static class H02BinaryDecoder
{
    public const string Type = "$";
    private const int LongIdLength = 42;
    private const int BodyLength = 23;

    public static H02Message? Decode(ReadOnlySpan<byte> frame)
    {
        var idLength = frame.Length == LongIdLength ? 8 : 5;
        if (frame.Length < 1 + idLength + BodyLength || frame[0] != (byte)'$')
        {
            return null;
        }

        var id = Convert.ToHexString(frame.Slice(1, idLength)).ToLowerInvariant()[..(idLength == 8 ? 15 : 10)];
        var body = frame.Slice(1 + idLength, BodyLength);
        if (Time(body) is not { } time || Coordinate(body, 12, 2, 90) is not { } latitude || Coordinate(body, 22, 3, 180) is not { } longitude)
        {
            return null;
        }

        var speed = Digits(body, 32, 3);
        var course = Digits(body, 35, 3);
        if (speed < 0 || course < 0)
        {
            return null;
        }

        var flags = Nibble(body, 31);
        var attributes = new Dictionary<string, object>();
        var battery = BatteryLevel(body[10]);
        if (battery is { } level)
        {
            attributes["batteryLevel"] = level;
        }

        var alarm = H02Status.AddTo(attributes, BinaryPrimitives.ReadUInt32BigEndian(body.Slice(19, 4)));
        var report = new DeviceReport(
            id, time, Valid: (flags & 0x02) != 0,
            (flags & 0x04) != 0 ? latitude : -latitude,
            (flags & 0x08) != 0 ? longitude : -longitude,
            SpeedKnots: speed, Course: course, BatteryPercent: battery, Alarm: alarm, Attributes: attributes);
        return new H02Message(MessageKind.Position, id, Type, report, null, attributes);
    }

    private static DateTime? Time(ReadOnlySpan<byte> body)
    {
        int hour = Digits(body, 0, 2), minute = Digits(body, 2, 2), second = Digits(body, 4, 2);
        int day = Digits(body, 6, 2), month = Digits(body, 8, 2), year = Digits(body, 10, 2);
        if (hour is < 0 or > 23 || minute is < 0 or > 59 || second is < 0 or > 59 || month is < 1 or > 12 || year < 0
            || day < 1 || day > DateTime.DaysInMonth(2000 + year, month))
        {
            return null;
        }

        return new DateTime(2000 + year, month, day, hour, minute, second, DateTimeKind.Utc);
    }

    /// <summary>Degrees (<paramref name="degreeDigits"/> digits) then minutes as mm.mmmm, from nibble <paramref name="at"/>.</summary>
    private static double? Coordinate(ReadOnlySpan<byte> body, int at, int degreeDigits, int limit)
    {
        var degrees = Digits(body, at, degreeDigits);
        var minutes = Digits(body, at + degreeDigits, 6);
        if (degrees < 0 || minutes is < 0 or >= 600_000)
        {
            return null;
        }

        var value = degrees + minutes / 10_000.0 / 60;
        return value <= limit ? value : null;
    }

    /// <summary>Traccar's reading of the battery byte: 1–3 and 4–6 are levels of a 6-step gauge, 7–100 a percentage.</summary>
    private static int? BatteryLevel(byte value) => value switch
    {
        0 => null,
        <= 3 => (value - 1) * 10,
        <= 6 => (value - 1) * 20,
        <= 100 => value,
        _ => null,
    };

    /// <summary>The decimal value of <paramref name="count"/> BCD digits from nibble <paramref name="at"/>, or -1.</summary>
    private static int Digits(ReadOnlySpan<byte> body, int at, int count)
    {
        var value = 0;
        for (var i = at; i < at + count; i++)
        {
            var digit = Nibble(body, i);
            if (digit > 9)
            {
                return -1;
            }

            value = value * 10 + digit;
        }

        return value;
    }

    private static int Nibble(ReadOnlySpan<byte> body, int index) => index % 2 == 0 ? body[index / 2] >> 4 : body[index / 2] & 0x0F;
}
