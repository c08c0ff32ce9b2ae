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

    /// <summary>The protocol step this action records (its code), when it records one.</summary>
    public string? Step { get; set; }

    /// <summary>How the step or the call ended: a <c>StepResult</c> or <c>CallOutcome</c> name, or a police request's status.</summary>
    public string? Result { get; set; }

    /// <summary>Who was called and on which number ("victim +51 …"), or the police request's identifier.</summary>
    public string? Target { get; set; }
}
