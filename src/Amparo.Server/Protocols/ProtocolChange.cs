namespace Amparo.Server.Protocols;

public enum ProtocolChangeOutcome
{
    Done,
    Invalid,
    Forbidden,
}

/// <summary>How saving or reverting a protocol ended: the protocol now in force, or what is wrong with the one offered.</summary>
public sealed record ProtocolChange(ProtocolChangeOutcome Outcome, ProtocolView? Protocol, IReadOnlyList<string> Problems)
{
    public static ProtocolChange Forbidden { get; } = new(ProtocolChangeOutcome.Forbidden, null, []);
}
