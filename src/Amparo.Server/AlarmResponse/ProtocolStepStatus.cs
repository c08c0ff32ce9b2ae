using Amparo.Domain.Protocols;

namespace Amparo.Server.AlarmResponse;

/// <summary>A protocol step on one alarm: <see cref="Result"/> is null until someone records it (the latest record wins).</summary>
public sealed record ProtocolStepStatus(
    string Code, ProtocolStepKind Kind, string Es, string En, bool Required, string? Result, DateTime? At, string? By, string? Note)
{
    public string Text(bool spanish) => spanish ? Es : En;
}
