using Amparo.Domain.Positions;
using Amparo.Ingest.Intake;

namespace Amparo.Ingest.H02;

/// <summary>One decoded H02 text message: the device id it carries, its fix if any, and the reply it waits for.</summary>
public sealed record H02Message(MessageKind Kind, string DeviceId, string Type, DeviceReport? Position, string? Reply);
