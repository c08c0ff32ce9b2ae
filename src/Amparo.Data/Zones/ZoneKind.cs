namespace Amparo.Data.Zones;

public enum ZoneKind
{
    /// <summary>A place: the victim's home, work, a school.</summary>
    Fixed,

    /// <summary>The zone that moves with the victim.</summary>
    Dynamic,

    /// <summary>Where the aggressor must be during its schedule (home at night): a curfew.</summary>
    Inclusion,

    /// <summary>An allowed route during its schedule: the path, with <see cref="Zone.RadiusMetres"/> as the corridor's half-width.</summary>
    Route,
}
