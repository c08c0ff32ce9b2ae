namespace Amparo.Data.Alarms;

/// <summary>What an operator did on an alarm, with her note: the alarm's written record.</summary>
public sealed class AlarmAction
{
    public long Id { get; set; }

    public Guid AlarmId { get; set; }

    public AlarmActionKind Kind { get; set; }

    public DateTime At { get; set; }

    public required string UserName { get; set; }

    public string? Note { get; set; }
}
