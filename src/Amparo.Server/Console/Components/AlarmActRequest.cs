using Amparo.Data.Alarms;
using Amparo.Domain.Alarms;
using Amparo.Server.Alarms;

namespace Amparo.Server.Console.Components;

/// <summary>An operator's click in the queue: what to do, on which alarm, with which note, and when resolving, the outcome.</summary>
public sealed record AlarmActRequest(AlarmCommand Command, AlarmView Alarm, string? Note, AlarmOutcome? Outcome = null);
