using Amparo.Ingest.Intake;

namespace Amparo.Ingest.Tcp;

/// <summary>
/// What one frame asks of the connection: a login to check, messages to store, the reply to send once they are
/// committed (for a login, only if the device is known), or why the frame is refused.
/// </summary>
public sealed record TcpFrameOutcome(string? LoginId, IReadOnlyList<DecodedMessage> Messages, byte[]? Reply, string? Error)
{
    public static TcpFrameOutcome Refused(string error) => new(null, [], null, error);
}
