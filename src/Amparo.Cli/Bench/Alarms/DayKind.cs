namespace Amparo.Cli.Bench.Alarms;

/// <summary>What a simulated device-day holds besides home, work and errands far from the zone.</summary>
public enum DayKind
{
    /// <summary>Home, work, errands; never within 300 m of the zone's boundary.</summary>
    Ordinary,
    /// <summary>Walks or drives along a street that follows the boundary 20–60 m outside it.</summary>
    SkirtsBoundary,
    /// <summary>Stays 10–60 minutes at a shop or bus stop 20–80 m outside the boundary.</summary>
    DwellsNearBoundary,
    /// <summary>Walks or drives into the zone and stays 5–30 minutes: a true breach.</summary>
    Breach,
    /// <summary>Goes silent outside (underground, a building) and reappears inside the zone: a true breach.</summary>
    BreachAfterSilence,
}
