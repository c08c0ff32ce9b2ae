using System.Buffers;
using System.Globalization;
using System.Text;
using Amparo.Ingest.Gt06;
using Amparo.Ingest.H02;
using Amparo.Ingest.Intake;
using Amparo.Ingest.OsmAnd;
using Amparo.Ingest.Teltonika;
using Amparo.Ingest.Watch;
using Microsoft.AspNetCore.WebUtilities;

namespace Amparo.Cli.Decoding;

/// <summary>Decodes one frame of a protocol as for a known, registered device, with no server or database.</summary>
public static class FrameDecoding
{
    private const string KnownDevice = "000000000000000";

    public static IReadOnlyList<string> Protocols { get; } = ["gt06", "teltonika", "h02", "watch", "osmand"];

    /// <summary>The decoded lines, or why the frame is malformed.</summary>
    public static (IReadOnlyList<DecodedLine> Lines, string? Error) Decode(string protocol, string frame, DateTime now) => protocol switch
    {
        "gt06" => Gt06(frame, now),
        "teltonika" => Teltonika(frame),
        "h02" => H02(frame, now),
        "watch" => Watch(frame),
        "osmand" => OsmAnd(frame, now),
        _ => ([], $"Unknown protocol '{protocol}'; one of: {string.Join(", ", Protocols)}."),
    };

    private static (IReadOnlyList<DecodedLine>, string?) Gt06(string hex, DateTime now)
    {
        if (FromHex(hex) is not { } bytes)
        {
            return ([], NotHex);
        }

        var result = Gt06Decoder.Decode(bytes, KnownDevice, now);
        if (result.Message is not { } message)
        {
            return ([], result.Error);
        }

        return ([Line(message.Kind, message.Position, message.Attributes, Hex(message.Reply))], null);
    }

    /// <summary>
    /// A TCP frame (handshake, AVL packet) or, when it is none, a UDP datagram. A datagram's length field counts the
    /// rest as a handshake's does, so the TCP reading is tried first.
    /// </summary>
    private static (IReadOnlyList<DecodedLine>, string?) Teltonika(string hex)
    {
        if (FromHex(hex) is not { } bytes)
        {
            return ([], NotHex);
        }

        var buffer = new ReadOnlySequence<byte>(bytes);
        var (packet, error) = TeltonikaFrameReader.TryRead(ref buffer, out var frame, out var problem) == Ingest.Tcp.FrameStatus.Frame && buffer.IsEmpty
            ? TeltonikaDecoder.Decode(frame.ToArray(), KnownDevice)
            : (null, problem ?? "The frame is truncated or longer than its length field.");
        if (packet is not null)
        {
            return (TeltonikaLines(packet, packet.Imei is not null ? "01" : Hex(packet.Reply)), null);
        }

        if (!TeltonikaUdpDecoder.LooksLikeDatagram(bytes))
        {
            return ([], error);
        }

        var (datagram, udpError) = TeltonikaUdpDecoder.Decode(bytes);
        return datagram is null
            ? ([], $"Neither a TCP frame ({error}) nor a UDP datagram ({udpError}).")
            : (TeltonikaLines(datagram.Packet, Hex(datagram.Reply)), null);
    }

    /// <summary>One line per fix, then one per record without a fix; the reply on the first.</summary>
    private static List<DecodedLine> TeltonikaLines(TeltonikaPacket packet, string? ack)
    {
        var lines = packet.Records.Select(r => Line(MessageKind.Position, r, r.Attributes ?? new Dictionary<string, object>(), null))
            .Concat(packet.Statuses.Select(s => Line(MessageKind.NoPosition, null, s, null) with { Alarm = s.TryGetValue("alarm", out var a) ? (string)a : null }))
            .DefaultIfEmpty(Line(MessageKind.NoPosition, null, new Dictionary<string, object>(), null))
            .ToList();
        lines[0] = lines[0] with { AckHex = ack };
        return lines;
    }

    private const string NotHex = "The frame is not hexadecimal.";

    /// <summary>The bytes of a hex frame (spaces allowed), or null when it is not hex.</summary>
    private static byte[]? FromHex(string text)
    {
        try
        {
            return Convert.FromHexString(text.Replace(" ", string.Empty, StringComparison.Ordinal));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string? Hex(byte[]? bytes) => bytes is null ? null : Convert.ToHexString(bytes).ToLower(CultureInfo.InvariantCulture);

    /// <summary>A text message as text (<c>*HQ,…#</c>), a binary report as hex (starting 24, the '$').</summary>
    private static (IReadOnlyList<DecodedLine>, string?) H02(string frame, DateTime now)
    {
        if (!frame.StartsWith('*'))
        {
            if (FromHex(frame) is not { } bytes)
            {
                return ([], "Not an H02 message: a text message starts with '*', a binary report is hex starting with 24.");
            }

            if (bytes.Length == 0 || bytes[0] != (byte)'$')
            {
                return ([], "Not an H02 binary report: it starts with 24 ('$').");
            }

            return H02BinaryDecoder.Decode(bytes) is { } report
                ? ([Line(report.Kind, report.Position, report.Attributes, null)], null)
                : ([], "The H02 binary report does not decode (too short, a digit that is not BCD, an impossible date or coordinate).");
        }

        if (H02Decoder.Decode(frame, now) is not { } message)
        {
            return ([], "Not an H02 text message (*HQ,id,TYPE,…#).");
        }

        var line = Line(message.Kind, message.Position, message.Attributes, null) with { AckText = message.Reply };
        return ([line], null);
    }

    private static (IReadOnlyList<DecodedLine>, string?) Watch(string text)
    {
        if (WatchDecoder.Decode(text) is not { } message)
        {
            return ([], "Not a watch message ([MFR*id*len*content]).");
        }

        var line = Line(message.Kind, message.Position, message.Attributes, null) with { AckText = message.Reply };
        return ([line], null);
    }

    private static (IReadOnlyList<DecodedLine>, string?) OsmAnd(string frame, DateTime now)
    {
        var skew = TimeSpan.FromMinutes(5);
        OsmAndDecodeResult result;
        if (frame.StartsWith('{'))
        {
            result = OsmAndJsonDecoder.Decode(Encoding.UTF8.GetBytes(frame), now, skew);
        }
        else if (frame.StartsWith('/'))
        {
            var query = frame.Contains('?', StringComparison.Ordinal) ? frame[frame.IndexOf('?', StringComparison.Ordinal)..] : string.Empty;
            result = OsmAndQueryDecoder.Decode(QueryHelpers.ParseQuery(query).Select(q => KeyValuePair.Create(q.Key, q.Value.ToString())), now, skew);
        }
        else
        {
            return ([], "An OsmAnd frame is a request target (/?id=…) or a JSON body ({…}).");
        }

        return result.IsError
            ? ([], result.Reason)
            : (result.Messages.Select(m => Line(m.Kind, m.Position, m.Attributes ?? new Dictionary<string, object>(), null)).ToList(), null);
    }

    private static DecodedLine Line(MessageKind kind, Domain.Positions.DeviceReport? position, IReadOnlyDictionary<string, object> attributes, string? ack) => new(
        kind switch { MessageKind.Position => "position", MessageKind.NoPosition => "no_position", _ => "ignored" },
        position?.FixTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", CultureInfo.InvariantCulture),
        position?.Valid,
        position is null ? null : Math.Round(position.Latitude, 6),
        position is null ? null : Math.Round(position.Longitude, 6),
        position?.SpeedKnots,
        position?.Course,
        position?.Alarm,
        attributes,
        ack,
        null);
}
