namespace Amparo.Domain.Cases;

/// <summary>Which court decision may apply to a case in which state, and the state it leaves.</summary>
public static class CaseTransitions
{
    public static CaseStatus? After(CaseStatus from, JudicialOrderKind order) => (from, order) switch
    {
        (CaseStatus.Active or CaseStatus.Suspended, JudicialOrderKind.Extension) => from,
        (CaseStatus.Ordered or CaseStatus.Active or CaseStatus.Suspended, JudicialOrderKind.Variation) => from,
        (CaseStatus.Active, JudicialOrderKind.Suspension) => CaseStatus.Suspended,
        (CaseStatus.Suspended, JudicialOrderKind.Reincorporation) => CaseStatus.Active,
        (CaseStatus.Ordered or CaseStatus.Active or CaseStatus.Suspended, JudicialOrderKind.Cessation) => CaseStatus.Closed,
        _ => null,
    };
}
