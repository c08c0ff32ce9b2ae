namespace Amparo.Domain.FollowUp;

/// <summary>The periodic contacts a case's risk level sets: the centre's check-in call and the police's unannounced round.</summary>
public enum FollowUpKind
{
    CheckInCall,
    PoliceRound,
}
