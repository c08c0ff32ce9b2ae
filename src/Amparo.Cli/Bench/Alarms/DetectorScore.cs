namespace Amparo.Cli.Bench.Alarms;

/// <summary>
/// How one geofence did against the ground truth. An alarm raised on a fix taken while the aggressor was truly outside
/// the zone is false, unless the very next fix is the first taken inside a true breach (he was stepping in: that alarm
/// detects the breach with a delay of 0 fixes and a negative number of seconds). The first alarm during a true breach detects it; later ones during the same breach (after the
/// geofence let it go and took it up again) are duplicates. A true breach with no alarm before it ends is missed.
/// </summary>
public sealed class DetectorScore
{
    private readonly int[] _falseByKind = new int[Enum.GetValues<DayKind>().Length];

    public int Alarms { get; private set; }

    public int FalseAlarms { get; private set; }

    public IReadOnlyList<int> FalseAlarmsByKind => _falseByKind;

    public int Detected { get; private set; }

    public int Missed { get; private set; }

    public int Duplicates { get; private set; }

    public int PreAlerts { get; private set; }

    /// <summary>From the first fix sent while truly inside to the alarm.</summary>
    public List<double> DelaySeconds { get; } = [];

    /// <summary>Fixes from the first one sent while truly inside up to and including the one that alarmed (1: at once).</summary>
    public List<int> DelayFixes { get; } = [];

    public static DetectorScore Of(SimulatedDay day, IReadOnlyList<int> alarmFixes, double radius, int preAlerts = 0)
    {
        ArgumentNullException.ThrowIfNull(day);
        ArgumentNullException.ThrowIfNull(alarmFixes);
        var score = new DetectorScore { Alarms = alarmFixes.Count, PreAlerts = preAlerts };
        var detected = new HashSet<BreachEpisode>();
        foreach (var index in alarmFixes)
        {
            var fix = day.Fixes[index];
            var episode = fix.Truth.FromCentre <= radius
                ? day.Episodes.FirstOrDefault(e => e.Contains(fix.At))
                : day.Episodes.FirstOrDefault(e => e.Scored && e.FirstFix == index + 1);
            if (episode is null)
            {
                score.FalseAlarms++;
                score._falseByKind[(int)day.Kind]++;
            }
            else if (!episode.Scored)
            {
                continue;
            }
            else if (detected.Add(episode))
            {
                score.Detected++;
                score.DelaySeconds.Add((fix.At - day.Fixes[episode.FirstFix].At).TotalSeconds);
                score.DelayFixes.Add(index - episode.FirstFix + 1);
            }
            else
            {
                score.Duplicates++;
            }
        }

        score.Missed = day.Episodes.Count(e => e.Scored && !detected.Contains(e));
        return score;
    }

    public void Add(DetectorScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Alarms += other.Alarms;
        FalseAlarms += other.FalseAlarms;
        for (var i = 0; i < _falseByKind.Length; i++)
        {
            _falseByKind[i] += other._falseByKind[i];
        }

        Detected += other.Detected;
        Missed += other.Missed;
        Duplicates += other.Duplicates;
        PreAlerts += other.PreAlerts;
        DelaySeconds.AddRange(other.DelaySeconds);
        DelayFixes.AddRange(other.DelayFixes);
    }
}
