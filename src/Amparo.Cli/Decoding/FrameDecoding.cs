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
        byte[] bytes;
        try
        {
            bytes = Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal));
        }
        catch (FormatException)
        {
            return ([], "The frame is not hexadecimal.");
        }

        var result = Gt06Decoder.Decode(bytes, KnownDevice, now);
        if (result.Message is not { } message)
        {
            return ([], result.Error);
        }

        var ack = message.Reply is { } reply ? Convert.ToHexString(reply).ToLower(CultureInfo.InvariantCulture) : null;
        return ([Line(message.Kind, message.Position, message.Attributes, ack)], null);
    }

    private static (IReadOnlyList<DecodedLine>, string?) Teltonika(string hex)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal));
        }
        catch (FormatException)
        {
            return ([], "The frame is not hexadecimal.");
        }

        var buffer = new ReadOnlySequence<byte>(bytes);
        if (TeltonikaFrameReader.TryRead(ref buffer, out var frame, out var problem) != Ingest.Tcp.FrameStatus.Frame || !buffer.IsEmpty)
        {
            return ([], problem ?? "The frame is truncated or longer than its length field.");
        }

        var (packet, error) = TeltonikaDecoder.Decode(frame.ToArray(), KnownDevice);
        if (packet is null)
        {
            return ([], error);
        }

        var ack = packet.Imei is not null ? "01" : packet.Reply is { } reply ? Convert.ToHexString(reply).ToLower(CultureInfo.InvariantCulture) : null;
        if (packet.Records.Count == 0)
        {
            return ([Line(MessageKind.NoPosition, null, new Dictionary<string, object>(), ack)], null);
        }

        return (packet.Records.Select((r, i) => Line(MessageKind.Position, r, r.Attributes ?? new Dictionary<string, object>(), i == 0 ? ack : null)).ToList(), null);
    }

    private static (IReadOnlyList<DecodedLine>, string?) H02(string text, DateTime now)
    {
        if (H02Decoder.Decode(text, now) is not { } message)
        {
            return ([], "Not an H02 text message (*HQ,id,TYPE,…#).");
        }

        var line = Line(message.Kind, message.Position, new Dictionary<string, object>(), null) with { AckText = message.Reply };
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
