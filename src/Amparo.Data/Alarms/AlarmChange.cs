namespace Amparo.Data.Alarms;

/// <summary>An alarm after the engine or an operator changed it; <paramref name="Opened"/> when it is new.</summary>
public sealed record AlarmChange(Alarm Alarm, bool Opened);
