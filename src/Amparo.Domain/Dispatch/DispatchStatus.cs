namespace Amparo.Domain.Dispatch;

/// <summary>
/// A police request's life, after APCO/CSAA ASAP: the centre creates and sends it, the 911 centre accepts or rejects
/// it, dispatches a unit, reports it on scene and closes it.
/// </summary>
public enum DispatchStatus
{
    Created,
    Sent,
    SendFailed,
    Accepted,
    Rejected,
    Dispatched,
    OnScene,
    Closed,
    Cancelled,
}
