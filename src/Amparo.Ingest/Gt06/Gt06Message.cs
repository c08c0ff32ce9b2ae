using Amparo.Domain.Positions;
using Amparo.Ingest.Intake;

namespace Amparo.Ingest.Gt06;

/// <summary>
/// One decoded GT06 frame: its kind, the IMEI if it is a login, the fix if it has one, what else it said, and the
/// exact bytes the device waits for (sent only after what it carried is committed).
/// </summary>
public sealed record Gt06Message(
    MessageKind Kind,
    byte Type,
    string? LoginImei,
    DeviceReport? Position,
    IReadOnlyDictionary<string, object> Attributes,
    byte[]? Reply);
