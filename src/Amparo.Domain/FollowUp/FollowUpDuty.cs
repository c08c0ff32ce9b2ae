namespace Amparo.Domain.FollowUp;

/// <summary>The kinds of duty a case can owe: a call, rounds still missing this week, a risk assessment.</summary>
public enum FollowUpDuty
{
    CheckInCall,
    PoliceRounds,
    Reassessment,
}
