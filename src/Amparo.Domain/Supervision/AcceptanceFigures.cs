namespace Amparo.Domain.Supervision;

/// <summary>
/// How fast operators took alarms, against BS 8484 (80 % within 10 s, 98.5 % within 40 s). Alarms still unclaimed
/// count against the shares once they have waited past each limit.
/// </summary>
public sealed record AcceptanceFigures(int Alarms, int Claimed, double WithinTenSecondsShare, double WithinFortySecondsShare)
{
    public const double TenSecondTarget = 0.80;
    public const double FortySecondTarget = 0.985;

    public bool MeetsTenSecondTarget => Alarms > 0 && WithinTenSecondsShare >= TenSecondTarget;

    public bool MeetsFortySecondTarget => Alarms > 0 && WithinFortySecondsShare >= FortySecondTarget;
}
