using Amparo.Domain.Positions;
using Amparo.Ingest.Intake;

namespace Amparo.Ingest.Watch;

/// <summary>One decoded watch message: the device, its fix if any, what else it said, and the reply it waits for.</summary>
public sealed record WatchMessage(MessageKind Kind, string DeviceId, string Type, DeviceReport? Position, IReadOnlyDictionary<string, object> Attributes, string? Reply);
