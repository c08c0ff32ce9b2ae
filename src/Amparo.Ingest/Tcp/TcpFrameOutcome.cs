using Amparo.Ingest.Intake;

namespace Amparo.Ingest.Tcp;

/// <summary>
/// What one frame asks of the connection: a login to check, messages to store, the reply to send once they are
/// committed (for a login, only if the device is known), or why the frame is refused.
/// </summary>
public sealed record TcpFrameOutcome(string? LoginId, IReadOnlyList<DecodedMessage> Messages, byte[]? Reply, string? Error)
{
    /// <summary>Sent before closing when the login names a device we do not know (Teltonika waits for a 00).</summary>
    public byte[]? UnknownDeviceReply { get; init; }

    public static TcpFrameOutcome Refused(string error) => new(null, [], null, error);
}
