using Amparo.Domain.Alarms;

namespace Amparo.Domain.Engine;

/// <summary>
/// A condition that cleared (signal back, battery charged, aggressor out of the zone). It is recorded on the open
/// alarm; a technical alarm (<see cref="AlarmTypeInfo.ResolvesWhenCleared"/>) is resolved by it. <c>Subject</c> is the zone or device the condition was about, as in <see cref="AlarmSubject"/>.
/// </summary>
public sealed record AlarmClearance(AlarmType Type, DateTime At, string Reason, Guid? Subject = null);
