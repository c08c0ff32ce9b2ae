using Amparo.Data.Cases;

namespace Amparo.Server.Registries;

/// <summary>A case with its jurisdiction's name (a member-init projection, so EF can still filter on it).</summary>
internal sealed class RegistryCase
{
    public required MonitoredCase Case { get; init; }

    public required string Jurisdiction { get; init; }
}
