namespace Amparo.Domain.Protocols;

/// <summary>How a protocol step ended, as the operator records it.</summary>
public enum StepResult
{
    Done,
    NotPossible,
    NotApplicable,
}
