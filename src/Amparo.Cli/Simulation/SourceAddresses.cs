using System.Net;

namespace Amparo.Cli.Simulation;

/// <summary>
/// Amparo refuses more than <c>MaxConnectionsPerAddress</c> (200 by default) device connections from one address.
/// On Linux every 127.x.y.z is the loopback, so against a loopback server the devices connect from their own
/// addresses, 100 to an address (127.10.0.1, 127.10.0.2, …): thousands of them pass as they would from the field.
/// </summary>
public static class SourceAddresses
{
    private const int DevicesPerAddress = 100;

    /// <summary>The address device <paramref name="index"/> connects from, or null to let the system choose.</summary>
    public static IPAddress? For(IPAddress server, int index)
    {
        ArgumentNullException.ThrowIfNull(server);
        if (!OperatingSystem.IsLinux() || !IPAddress.IsLoopback(server) || server.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork)
        {
            return null;
        }

        var group = index / DevicesPerAddress;
        return new IPAddress([127, 10, (byte)(group / 250 % 256), (byte)(group % 250 + 1)]);
    }
}
