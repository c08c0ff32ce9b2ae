using Amparo.Domain.FollowUp;
using Amparo.Server.FollowUps;
using static Amparo.Server.Console.Text.UiText;

namespace Amparo.Server.Console.Components.Record;

/// <summary>A follow-up owed, in the user's words, for the case file and the worklist alike.</summary>
public static class FollowUpText
{
    public static string Owed(DueFollowUpView due, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(due);
        return due.Duty switch
        {
            nameof(FollowUpDuty.PoliceRounds) => T("followup.due_rounds", due.Missing),
            nameof(FollowUpDuty.Reassessment) => T("followup.due_reassessment", ConsoleClock.Format(DateOnly.FromDateTime(due.DueSince))),
            _ => T("followup.due_call", Ago(due.DueSince, now)),
        };
    }
}
