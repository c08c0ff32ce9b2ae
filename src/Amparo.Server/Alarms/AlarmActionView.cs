namespace Amparo.Server.Alarms;

/// <summary>One entry of an alarm's record; <see cref="Step"/>, <see cref="Result"/> and <see cref="Target"/> for steps and calls.</summary>
public sealed record AlarmActionView(string Kind, DateTime At, string UserName, string? Note, string? Step = null, string? Result = null, string? Target = null);
