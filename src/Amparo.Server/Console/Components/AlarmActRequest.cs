using Amparo.Data.Alarms;
using Amparo.Server.Alarms;

namespace Amparo.Server.Console.Components;

/// <summary>An operator's click in the queue: what to do, on which alarm, with which note.</summary>
public sealed record AlarmActRequest(AlarmCommand Command, AlarmView Alarm, string? Note);
