namespace Amparo.Domain.Protocols;

/// <summary>What came of one call attempt.</summary>
public enum CallOutcome
{
    Answered,
    NoAnswer,
    Busy,
    Unreachable,
    WrongNumber,
    Voicemail,
}
