namespace Amparo.Domain.Dispatch;

/// <summary>
/// Which status may follow which: forward along Created → Sent → Accepted → Dispatched → OnScene → Closed (a step may be
/// skipped: a 911 centre may answer "dispatched" at once), a failed send may be retried, a request not yet on scene may be
/// rejected, and any open request may be cancelled. Rejected, Closed and Cancelled are final.
/// </summary>
public static class DispatchTransitions
{
    public static bool IsFinal(DispatchStatus status) => status is DispatchStatus.Rejected or DispatchStatus.Closed or DispatchStatus.Cancelled;

    public static bool CanMove(DispatchStatus from, DispatchStatus to)
    {
        if (IsFinal(from) || from == to && to != DispatchStatus.SendFailed)
        {
            return false;
        }

        return to switch
        {
            DispatchStatus.Cancelled => true,
            DispatchStatus.SendFailed => from is DispatchStatus.Created or DispatchStatus.SendFailed,
            DispatchStatus.Rejected => Rank(from) < Rank(DispatchStatus.Dispatched),
            _ => Rank(to) > Rank(from),
        };
    }

    private static int Rank(DispatchStatus status) => status switch
    {
        DispatchStatus.Created or DispatchStatus.SendFailed => 0,
        DispatchStatus.Sent => 1,
        DispatchStatus.Accepted => 2,
        DispatchStatus.Dispatched => 3,
        DispatchStatus.OnScene => 4,
        _ => 5,
    };
}
