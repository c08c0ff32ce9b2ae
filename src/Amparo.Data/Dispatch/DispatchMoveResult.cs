namespace Amparo.Data.Dispatch;

public enum DispatchMoveResult
{
    Done,

    /// <summary>The request already is in that status: nothing written (a 911 centre repeating a callback).</summary>
    AlreadyThere,
    NotFound,
    NotAllowed,
    ChangedMeanwhile,
}
