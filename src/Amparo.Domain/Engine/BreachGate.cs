namespace Amparo.Domain.Engine;

/// <summary>
/// Decides when fixes prove the aggressor is on the forbidden side of one boundary, without waking an operator
/// for jitter. A fix proves it alone when it is past the boundary by more than its accuracy. Fixes whose accuracy
/// circles straddle the boundary prove it two in a row when together they clear that same bar: their depths, each
/// as a share of its own accuracy, add up to one (GPS error is correlated over minutes, so two shallow fixes say
/// little more than one). After a signal gap, itself a risk, the first fix past the boundary proves it. Once
/// breached, the state holds until the aggressor is back beyond the hysteresis margin. A leap (a fix farther from
/// the last than anyone walks: a car, or a multipath jump) counts as straddling: it raises, or ends a breach, only
/// when the next fix agrees, so a lone jump neither wakes an operator nor closes and reopens a breach that lasts.
/// </summary>
public sealed class BreachGate
{
    /// <summary>The previous fix's depth as a share of its accuracy, when it was past the boundary but proved nothing.</summary>
    private double? _pendingShare;
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
            _pendingShare = null;
            return null;
        }

        var share = depthMetres / Math.Max(accuracyMetres, 1);
        var proof = depthMetres > accuracyMetres && !leap ? BreachProof.Certain
            : afterGap ? BreachProof.AfterGap
            : _pendingShare + share >= 1 ? BreachProof.Confirmed
            : (BreachProof?)null;
        _pendingShare = proof is null ? share : null;
        Breached = proof is not null;
        return proof;
    }

    /// <summary>Forgets the state, as when a schedule ends.</summary>
    public void Reset()
    {
        Breached = false;
        _pendingShare = null;
        _leaving = false;
    }
}
