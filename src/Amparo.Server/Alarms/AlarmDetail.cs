using Amparo.Data.Alarms;

namespace Amparo.Server.Alarms;

/// <summary>An alarm with its written record of operator actions.</summary>
public sealed record AlarmDetail(AlarmView Alarm, IReadOnlyList<AlarmActionView> Actions);

public sealed record AlarmActionView(string Kind, DateTime At, string UserName, string? Note);
