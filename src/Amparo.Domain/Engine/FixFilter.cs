using Amparo.Domain.Geo;

namespace Amparo.Domain.Engine;

/// <summary>
/// Rejects fixes no one could have reached (a multipath jump: the implied speed from the last accepted fix,
/// beyond both accuracies, is above the plausible maximum) and fixes too imprecise to prove anything. Two
/// consecutive rejected fixes that agree with each other are believed: it was the earlier fix that was wrong.
/// A fix older than the last accepted one (a late upload) is stored elsewhere but moves nothing here.
/// </summary>
public sealed class FixFilter(EngineSettings settings, LocalProjection plane)
{
    private AcceptedFix? _last;
    private AcceptedFix? _rejected;

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
            _rejected = null;
            _last = candidate;
            return candidate;
        }

        _rejected = candidate;
        return null;
    }

    private bool Plausible(AcceptedFix from, AcceptedFix to)
    {
        var seconds = Math.Abs((to.At - from.At).TotalSeconds);
        var travelled = Math.Max(0, plane.DistanceMetres(from.Point, to.Point) - from.AccuracyMetres - to.AccuracyMetres);
        return travelled <= settings.MaxPlausibleSpeedMps * Math.Max(seconds, 1);
    }
}
