using Amparo.Ingest.Intake;

namespace Amparo.Ingest.Teltonika;

/// <summary>
/// The messages a decoded Teltonika packet hands to the sink: its fixes, then its records without a fix. Those that
/// raise an alarm keep the frame as received (hex) as evidence.
/// </summary>
public static class TeltonikaMessages
{
    public static IEnumerable<DecodedMessage> Of(string imei, TeltonikaPacket packet, byte[] raw)
    {
        ArgumentNullException.ThrowIfNull(packet);
        var evidence = new Lazy<string>(() => Convert.ToHexString(raw));
        foreach (var fix in packet.Records)
        {
            var message = DecodedMessage.WithPosition(fix);
            yield return fix.Alarm is null ? message : message with { RawFrame = evidence.Value };
        }

        foreach (var status in packet.Statuses)
        {
            var message = new DecodedMessage(MessageKind.NoPosition, imei, null, status);
            yield return status.ContainsKey("alarm") ? message with { RawFrame = evidence.Value } : message;
        }
    }
}
