namespace Amparo.Domain.Stock;

/// <summary>A charge is settled once: paid or waived; both are final.</summary>
public static class ChargeTransitions
{
    public static bool CanMove(ChargeStatus from, ChargeStatus to) =>
        from == ChargeStatus.Charged && to is ChargeStatus.Paid or ChargeStatus.Waived;
}
