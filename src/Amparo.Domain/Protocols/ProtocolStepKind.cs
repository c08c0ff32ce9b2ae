namespace Amparo.Domain.Protocols;

/// <summary>What a protocol step asks the operator to do; calls and the police request open their own tools.</summary>
public enum ProtocolStepKind
{
    CallVictim,
    CallAggressor,
    CallTrustedContact,
    RequestPolice,
    NotifyCourt,
    NotifyInstitution,
    CheckDevice,
    Other,
}
