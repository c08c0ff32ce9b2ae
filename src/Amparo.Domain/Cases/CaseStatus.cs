namespace Amparo.Domain.Cases;

public enum CaseStatus
{
    Ordered,
    Active,
    Suspended,
    Closed,
}
