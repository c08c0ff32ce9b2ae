namespace Amparo.Domain.Intake;

/// <summary>
/// The victim's informed consent to carry her device. The programme is mandatory for the aggressor and voluntary
/// for her: if she refuses, the aggressor is still monitored against her fixed zones, but no zone moves with her.
/// </summary>
public enum ConsentDecision
{
    Pending,
    Given,
    Refused,
}
