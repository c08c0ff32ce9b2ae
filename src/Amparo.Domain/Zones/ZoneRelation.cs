namespace Amparo.Domain.Zones;

public enum ZoneRelation
{
    Outside,
    PreAlert,
    Inside,
}
