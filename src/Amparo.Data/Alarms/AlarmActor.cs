namespace Amparo.Data.Alarms;

/// <summary>Who acts on an alarm, and whether she supervises the room (and so may act on an alarm another holds).</summary>
public sealed record AlarmActor(string UserName, bool Supervises);
