using Amparo.Domain.Registries;

namespace Amparo.Server.Registries;

/// <summary>Registers a case in a circuit; <see cref="NoDependants"/> records that the victim has no dependants.</summary>
public sealed record CircuitRequest(Circuit? Circuit, string? Note, bool NoDependants = false);
