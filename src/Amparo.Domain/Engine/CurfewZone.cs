using Amparo.Domain.Zones;

namespace Amparo.Domain.Engine;

/// <summary>An inclusion zone: during its schedule the aggressor must be inside it (home at night, say).</summary>
public sealed record CurfewZone(ZoneDefinition Zone, Schedule Schedule);
