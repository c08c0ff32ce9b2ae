using System.Net;
using Amparo.Domain.Devices;

namespace Amparo.Cli.Simulation;

/// <summary>The checked options of one <c>amparo simulate</c> run.</summary>
public sealed record SimulationSettings(
    string Host,
    IPAddress Address,
    IReadOnlyDictionary<DeviceProtocol, int> Ports,
    IReadOnlyDictionary<DeviceProtocol, int> Devices,
    TimeSpan Interval,
    TimeSpan Duration,
    int Seed,
    double CentreLatitude,
    double CentreLongitude,
    double RadiusKm,
    int First = 0)
{
    /// <summary>Arequipa, Plaza de Armas.</summary>
    public const double DefaultLatitude = -16.3989;

    public const double DefaultLongitude = -71.5369;

    /// <summary>How long a device waits for an acknowledgement (or a connection) before it counts an error.</summary>
    public static readonly TimeSpan AckTimeout = TimeSpan.FromSeconds(10);

    public int DeviceCount => Devices.Values.Sum();

    /// <summary>The fixes per second the run asks for.</summary>
    public double AskedRate => DeviceCount / Interval.TotalSeconds;
}
