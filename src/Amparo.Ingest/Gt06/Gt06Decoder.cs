using System.Buffers.Binary;
using System.Globalization;
using Amparo.Domain.Positions;
using Amparo.Ingest.Intake;
using static Amparo.Ingest.Gt06.Gt06MessageTypes;

namespace Amparo.Ingest.Gt06;

/// <summary>
/// Decodes one GT06 / Concox / Jimi frame (as <see cref="Gt06FrameReader"/> delivers it) for the device that logged
/// in on the connection. Pure and strict: a frame whose CRC does not verify is refused, and so is a message shorter
/// than its layout. The one CRC-less layout, the Wi-Fi scan, is accepted only when its structure accounts for every byte.
/// </summary>
public static class Gt06Decoder
{
    /// <param name="frame">One whole frame, header to 0D 0A.</param>
    /// <param name="imei">The IMEI of the login accepted on this connection; null before it.</param>
    /// <param name="now">The server's UTC time, for replies that carry it.</param>
    /// <param name="model">The device model from the registry, when known: some clones reuse types with their own layouts.</param>
    public static Gt06DecodeResult Decode(ReadOnlySpan<byte> frame, string? imei, DateTime now, string? model = null)
    {
        if (frame.Length < 2 || frame[0] != frame[1] || frame[0] is not (0x78 or 0x79))
        {
            return Gt06DecodeResult.Fail("Not a GT06 frame.");
        }

        if (frame[0] == 0x78 && Gt06WifiLbs.ReadUncheckedWifiScan(frame, out var date) is { } scan)
        {
            return imei is null ? Ignored(frame[3], null) : Ok(MessageKind.NoPosition, frame[3], scan, Gt06Replies.WifiEcho(frame[3], date));
        }

        var extended = frame[0] == 0x79;
        var header = extended ? 4 : 3;
        if (frame.Length < header + 1 + 2 + 2 + 2)
        {
            return Gt06DecodeResult.Fail("Frame too short.");
        }

        if (Crc16X25.Compute(frame[2..^4]) != BinaryPrimitives.ReadUInt16BigEndian(frame[^4..]))
        {
            return Gt06DecodeResult.Fail("CRC does not verify.");
        }

        var type = frame[header];
        var body = frame[(header + 1)..^6];
        var serial = BinaryPrimitives.ReadUInt16BigEndian(frame[^6..]);
        if (type == Login)
        {
            return body.Length < 8
                ? Gt06DecodeResult.Fail("Login without an IMEI.")
                : new(new Gt06Message(MessageKind.NoPosition, type, Convert.ToHexString(body[..8])[1..], null, new Dictionary<string, object>(), Gt06Replies.Short(type, serial)), null);
        }

        if (imei is null)
        {
            // Nothing may be attributed to a device that has not logged in on this connection.
            return Ignored(type, null);
        }

        var layout = extended ? Gt06Layout.Standard : Gt06Layouts.Of(type, frame[2]);
        var context = new Gt06Context(type, extended, layout, new Gt06Model(model), serial);
        try
        {
            return Read(body, context, imei, now);
        }
        catch (Gt06LayoutException ex)
        {
            return Gt06DecodeResult.Fail($"Message 0x{type:x2}: {ex.Message}");
        }
    }

    private static Gt06DecodeResult Read(ReadOnlySpan<byte> body, Gt06Context context, string imei, DateTime now)
    {
        var (type, extended) = (context.Type, context.Extended);
        var reader = new Gt06Reader(body);
        var contents = new Gt06Contents();
        byte[]? reply = Gt06Replies.Short(type, context.Serial);
        switch (type)
        {
            case Heartbeat:
                Gt06StatusMessages.ReadHeartbeat(ref reader, contents);
                break;
            case Status:
                Gt06StatusMessages.ReadStatus(ref reader, contents, context);
                break;
            case Status2 when !context.Model.IsVl && !extended:
                Gt06StatusMessages.ReadStatusModules(ref reader, contents, context);
                break;
            case DeviceStatus:
                Gt06StatusMessages.ReadDeviceStatus(ref reader, contents);
                break;
            case Peripheral:
                Gt06StatusMessages.ReadPeripherals(ref reader, contents);
                break;
            case AddressRequest:
                return Ignored(type, Gt06Replies.NoAddress());
            case TimeRequest:
                return Ignored(type, Gt06Replies.Time(now));
            case var _ when Gt06WifiLbs.IsMultiCell(context):
                Gt06WifiLbs.ReadMultiCell(ref reader, contents, context);
                break;
            case Wifi4:
                Gt06WifiLbs.ReadWifiList(ref reader, contents);
                reply = null;
                break;
            case GpsLbsStatus4 or Wifi5 when extended:
                Gt06WifiLbs.ReadAz735(ref reader, contents, type);
                reply = Gt06Replies.Extended(type, context.Serial);
                break;
            case X1Gps:
                Gt06FleetReports.ReadX1Gps(ref reader, contents);
                reply = null;
                break;
            case IButton:
                Gt06FleetReports.ReadIButton(ref reader, contents);
                break;
            case Alarm:
                Gt06AlarmMessage.Read(ref reader, contents);
                break;
            case FenceSingle when context.Layout != Gt06Layout.Seeworld && body.Length < 18 + 1 + 15 + 5:
                // A short 0xA3 is a status report (steps, battery …) in a layout not published; it carries no fix.
                break;
            case Info:
                if (!Gt06InfoMessage.Read(ref reader, contents, extended))
                {
                    return Ignored(type, null);
                }

                reply = null;
                break;
            case StringMessage:
                Gt06TextReplies.ReadCommandReply(ref reader, contents);
                break;
            case Gt06MessageTypes.StringInfo when extended:
                Gt06TextReplies.ReadTextReply(ref reader, contents);
                reply = null;
                break;
            case Serial when extended:
                Gt06TextReplies.ReadSerialData(ref reader, contents);
                reply = null;
                break;
            case Obd when extended:
                Gt06ObdMessage.Read(ref reader, contents);
                reply = null;
                break;
            case GpsModular when extended:
                Gt06ModularMessage.Read(ref reader, contents);
                break;
            case var _ when Gt06LocationMessages.Handles(context) && !(extended && type == Status2):
                Gt06LocationMessages.Read(ref reader, contents, context);
                break;
            default:
                // Unknown types are acknowledged (the device would resend them) unless extended or a command reply.
                return Ignored(type, extended || type is Command0 or Command1 or Command2 ? null : reply);
        }

        return Ok(contents.Fix is null ? MessageKind.NoPosition : MessageKind.Position, type, contents, reply, imei);
    }

    private static Gt06DecodeResult Ok(MessageKind kind, byte type, Gt06Contents contents, byte[]? reply, string? imei = null)
    {
        var position = contents.Fix is { } fix && imei is not null
            ? new DeviceReport(
                imei, fix.Time, fix.Valid, fix.Latitude, fix.Longitude, fix.SpeedKnots, fix.Course, contents.Altitude,
                BatteryPercent: contents.Attributes.TryGetValue(Gt06Contents.Keys.BatteryLevel, out var level) ? Convert.ToDouble(level, CultureInfo.InvariantCulture) : null,
                Alarm: contents.Alarm, Attributes: contents.Attributes)
            : null;
        return new(new Gt06Message(kind, type, null, position, contents.Attributes, reply), null);
    }

    private static Gt06DecodeResult Ignored(byte type, byte[]? reply) =>
        new(new Gt06Message(MessageKind.Ignored, type, null, null, new Dictionary<string, object>(), reply), null);
}
