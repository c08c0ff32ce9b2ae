using Amparo.Domain.Positions;
using Amparo.Ingest.Intake;

namespace Amparo.Ingest.H02;

/// <summary>
/// One decoded H02 message (text or binary): the device id it carries, its fix if any, what else it said (status
/// flags, battery, a command's result) and the reply it waits for.
/// </summary>
public sealed record H02Message(
    MessageKind Kind,
    string DeviceId,
    string Type,
    DeviceReport? Position,
    string? Reply,
    IReadOnlyDictionary<string, object> Attributes);
