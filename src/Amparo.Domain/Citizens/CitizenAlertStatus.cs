namespace Amparo.Domain.Citizens;

/// <summary>A citizen alert: waiting, attended by an operator, closed with an outcome.</summary>
public enum CitizenAlertStatus
{
    New,
    Claimed,
    Resolved,
}
