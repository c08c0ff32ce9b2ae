namespace Amparo.Cli.Bench.Alarms;

/// <summary>
/// What a tracker reports for a true position. The accuracy it states is drawn per fix (5–50 m, worse indoors) and
/// means what Android's means: the true position lies within it for 68 % of fixes. The error itself is that
/// accuracy's normal distribution applied to a slowly wandering unit error (correlated over about two minutes, as
/// multipath is), so consecutive fixes err alike. A share of fixes are multipath outliers: 200–2,000 m off in any
/// direction, with an ordinary stated accuracy, because the receiver does not know.
/// </summary>
internal sealed class GpsReceiver(Random random, double outlierShare)
{
    /// <summary>68 % of a 2-D normal error of σ per axis lies within 1.515 σ.</summary>
    private const double SigmasPerAccuracy = 1.515;
    private static readonly TimeSpan Correlation = TimeSpan.FromMinutes(2);
    private double _errorX;
    private double _errorY;
    private DateTime? _last;

    public (PlanePoint Reported, double AccuracyMetres, bool Outlier) Observe(DateTime at, PlanePoint truth, Reception reception)
    {
        var carried = _last is { } last ? Math.Exp(-(at - last) / Correlation) : 0;
        var fresh = Math.Sqrt(1 - (carried * carried));
        _errorX = (carried * _errorX) + (fresh * random.Gaussian());
        _errorY = (carried * _errorY) + (fresh * random.Gaussian());
        _last = at;
        var accuracy = Math.Clamp(Typical(reception) * Math.Exp(0.35 * random.Gaussian()), 5, 50);
        if (random.Chance(outlierShare))
        {
            var jump = PlanePoint.Polar(random.Between(200, 2000), random.Angle());
            return (truth.Offset(jump.X, jump.Y), accuracy, true);
        }

        var sigma = accuracy / SigmasPerAccuracy;
        return (truth.Offset(sigma * _errorX, sigma * _errorY), accuracy, false);
    }

    private static double Typical(Reception reception) => reception switch
    {
        Reception.Open => 8,
        Reception.Street => 18,
        Reception.Indoors => 30,
        Reception.None => 50,
    };
}
