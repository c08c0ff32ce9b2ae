namespace Amparo.Data.Zones;

public enum ZoneKind
{
    /// <summary>A place: the victim's home, work, a school.</summary>
    Fixed,

    /// <summary>The zone that moves with the victim.</summary>
    Dynamic,
}
