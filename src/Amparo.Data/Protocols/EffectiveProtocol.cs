using Amparo.Domain.Protocols;

namespace Amparo.Data.Protocols;

/// <summary>The protocol in force for a type: the centre's own (<paramref name="Custom"/>) or the default.</summary>
public sealed record EffectiveProtocol(ResponseProtocol Protocol, bool Custom);
