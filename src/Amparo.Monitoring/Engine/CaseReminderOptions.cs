namespace Amparo.Monitoring.Engine;

/// <summary>
/// Whether each active case keeps a persistent Orleans reminder, and how often it fires. In a cluster it is what
/// rebuilds a case's engine on a surviving silo when the engine's silo dies and none of the case's devices speaks:
/// its timers (signal loss, separation, curfew edges) then still fire. One server alone needs none: at start-up
/// every active case is woken anyway.
/// </summary>
public sealed class CaseReminderOptions
{
    public const string Name = "vigilancia";

    public bool Enabled { get; set; }

    public TimeSpan Period { get; set; } = TimeSpan.FromMinutes(1);
}
