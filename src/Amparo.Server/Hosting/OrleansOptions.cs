using System.ComponentModel.DataAnnotations;

namespace Amparo.Server.Hosting;

/// <summary>Configuration section <c>Amparo:Orleans</c>: the silo's ports on this machine.</summary>
public sealed class OrleansOptions
{
    public const string Section = "Amparo:Orleans";

    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;
}
