namespace Amparo.Domain.Alarms;

/// <summary>
/// How long an alarm waited for an operator, against BS 8484's targets for alarm receiving centres: 80 % accepted
/// within 10 s and 98.5 % within 40 s.
/// </summary>
public enum AcceptanceBand
{
    WithinTenSeconds,
    WithinFortySeconds,
    Late,
}
