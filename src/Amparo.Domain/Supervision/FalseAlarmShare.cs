namespace Amparo.Domain.Supervision;

/// <summary>Of the resolved alarms of one cause (an alarm type, or a device model): how many were false alarms or device faults.</summary>
public sealed record FalseAlarmShare(string Key, int Resolved, int FalseAlarms, int DeviceFaults)
{
    public double FalseShare => Resolved == 0 ? 0 : (double)FalseAlarms / Resolved;

    public double DeviceFaultShare => Resolved == 0 ? 0 : (double)DeviceFaults / Resolved;
}
