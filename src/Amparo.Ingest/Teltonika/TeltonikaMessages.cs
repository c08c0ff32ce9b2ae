using Amparo.Ingest.Intake;

namespace Amparo.Ingest.Teltonika;

/// <summary>
/// The messages a decoded Teltonika packet hands to the sink: its fixes, then its records without a fix.
/// </summary>
public static class TeltonikaMessages
{
    public static IReadOnlyList<DecodedMessage> Of(string imei, TeltonikaPacket packet)
    {
        ArgumentNullException.ThrowIfNull(packet);
        return [.. packet.Records.Select(DecodedMessage.WithPosition), .. packet.Statuses.Select(s => new DecodedMessage(MessageKind.NoPosition, imei, null, s))];
    }
}
