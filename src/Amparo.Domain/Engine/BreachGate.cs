namespace Amparo.Domain.Engine;

/// <summary>
/// Decides when fixes prove the aggressor is on the forbidden side of one boundary, without waking an operator
/// for jitter: a fix proves it alone when it is past the boundary by more than its accuracy; a fix whose accuracy
/// circle straddles the boundary needs a second one (or a preceding signal gap, itself a risk); once breached, the
/// state holds until the aggressor is back beyond the hysteresis margin. A leap (a fix farther from the last than
/// anyone walks: a car, or a multipath jump) counts as straddling: it raises, or ends a breach, only when the next
/// fix agrees, so a lone jump neither wakes an operator nor closes and reopens a breach that lasts.
/// </summary>
public sealed class BreachGate
{
    private bool _pending;
    private bool _leaving;

    public bool Breached { get; private set; }

    /// <param name="depthMetres">How far past the boundary, on the forbidden side (negative: on the allowed side).</param>
    /// <param name="accuracyMetres">The fix's accuracy radius (for two fixes, both summed).</param>
    /// <param name="afterGap">The device was silent long enough before this fix that it proves at once.</param>
    /// <param name="hysteresisMetres">How far back on the allowed side the aggressor must be for the breach to end.</param>
    /// <param name="leap">The fix is farther from the previous one than anyone walks.</param>
    /// <returns>The proof when this fix raises or repeats the breach; null when it does not.</returns>
    public BreachProof? Observe(double depthMetres, double accuracyMetres, bool afterGap, double hysteresisMetres, bool leap = false)
    {
        if (Breached)
        {
            if (depthMetres <= -hysteresisMetres)
            {
                if (leap && !_leaving)
                {
                    _leaving = true;
                    return null;
                }

                Reset();
                return null;
            }

            _leaving = false;
            return depthMetres > 0 ? BreachProof.Repeat : null;
        }

        if (depthMetres <= 0)
        {
            _pending = false;
            return null;
        }

        var proof = depthMetres > accuracyMetres && !leap ? BreachProof.Certain
            : afterGap ? BreachProof.AfterGap
            : _pending ? BreachProof.Confirmed
            : (BreachProof?)null;
        _pending = proof is null;
        Breached = proof is not null;
        return proof;
    }

    /// <summary>Forgets the state, as when a schedule ends.</summary>
    public void Reset()
    {
        Breached = false;
        _pending = false;
        _leaving = false;
    }
}
