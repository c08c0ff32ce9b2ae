using Amparo.Domain.Positions;

namespace Amparo.Ingest.Intake;

/// <summary>One message as a decoder read it: the device, its fix if it had one, and what else it said.</summary>
public sealed record DecodedMessage(
    MessageKind Kind,
    string UniqueId,
    DeviceReport? Position,
    IReadOnlyDictionary<string, object>? Attributes = null)
{
    /// <summary>The frame as received (hex, or the text of text protocols), kept when the message raises an alarm.</summary>
    public string? RawFrame { get; init; }

    /// <summary>The secret the device sent with it, where its protocol carries one (OsmAnd's <c>key</c>); never stored.</summary>
    public string? Credential { get; init; }

    /// <summary>The alarm the device raised in this message (Traccar's names: sos, removing, powerCut…), with or without a fix.</summary>
    public string? DeviceAlarm => Position?.Alarm ?? (Attributes?.GetValueOrDefault("alarm") as string);

    public static DecodedMessage WithPosition(DeviceReport report) =>
        new(MessageKind.Position, report.UniqueId, report, report.Attributes);
}
