namespace Amparo.Domain.Protocols;

/// <summary>
/// One step of a response protocol, with its wording in both console languages. Its code is stable within its
/// protocol (the record of a step names it): lowercase letters, digits and '_'.
/// </summary>
public sealed record ProtocolStep(string Code, ProtocolStepKind Kind, string Es, string En, bool Required = true)
{
    public string Text(bool spanish) => spanish ? Es : En;
}
