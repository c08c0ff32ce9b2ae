using Amparo.Domain.Geo;

namespace Amparo.Domain.Engine;

/// <summary>
/// Rejects fixes no one could have reached (a multipath jump: the implied speed from the last accepted fix,
/// beyond both accuracies, is above the plausible maximum) and fixes too imprecise to prove anything. Two
/// consecutive rejected fixes that agree with each other are believed: it was the earlier fix that was wrong.
/// A fix older than the last accepted one (a late upload) is stored elsewhere but moves nothing here. An accepted fix
/// out of walking reach of the last one is marked a leap, unless it is back within reach of the fix before a lone leap.
/// </summary>
public sealed class FixFilter(EngineSettings settings, LocalProjection plane)
{
    private AcceptedFix? _last;
    private AcceptedFix? _rejected;
    private AcceptedFix? _beforeLast;

    public AcceptedFix? LastAccepted => _last;

    public AcceptedFix? Accept(FixInput fix)
    {
        ArgumentNullException.ThrowIfNull(fix);
        if (!fix.Valid || (_last is not null && fix.At <= _last.At))
        {
            return null;
        }

        var candidate = new AcceptedFix(fix.DeviceId, fix.At, fix.Point, fix.AccuracyMetres ?? settings.DefaultAccuracyMetres, fix.RawFrame);
        if (candidate.AccuracyMetres > settings.MaxUsableAccuracyMetres)
        {
            return null;
        }

        if (_last is null || Plausible(_last, candidate) || (_rejected is not null && Plausible(_rejected, candidate)))
        {
            // Back within walking reach of the fix before a lone leap is no leap: the leap was the jump (and the fix
            // before, even if it was itself a leap such as a car arriving, is borne out).
            var backFromJump = _last is { Leap: true } && _beforeLast is { } before && Walkable(before, candidate);
            candidate = candidate with { Leap = _last is not null && !Walkable(_last, candidate) && !backFromJump };
            _beforeLast = _last;
            _rejected = null;
            _last = candidate;
            return candidate;
        }

        _rejected = candidate;
        return null;
    }

    private bool Plausible(AcceptedFix from, AcceptedFix to) => Travelled(from, to) <= settings.MaxPlausibleSpeedMps * Seconds(from, to);

    private bool Walkable(AcceptedFix from, AcceptedFix to) => Travelled(from, to) <= settings.MaxWalkingSpeedMps * Seconds(from, to);

    /// <summary>The least distance covered between two fixes: beyond both accuracies.</summary>
    private double Travelled(AcceptedFix from, AcceptedFix to) =>
        Math.Max(0, plane.DistanceMetres(from.Point, to.Point) - from.AccuracyMetres - to.AccuracyMetres);

    private static double Seconds(AcceptedFix from, AcceptedFix to) => Math.Max(Math.Abs((to.At - from.At).TotalSeconds), 1);
}
