namespace Amparo.Domain.Supervision;

/// <summary>What the supervisor's figures need of one alarm: its type, its times, who handled it, how it ended, and the device model behind it.</summary>
public sealed record AlarmRecord(
    string Type,
    DateTime RaisedAt,
    DateTime? ClaimedAt,
    DateTime? AcknowledgedAt,
    DateTime? ResolvedAt,
    string? Outcome,
    string? ClaimedBy,
    string? ResolvedBy,
    string DeviceModel);
