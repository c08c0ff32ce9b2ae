using System.Net;
using System.Net.Sockets;

namespace Amparo.Testing;

public static class FreePorts
{
    // Below Linux's ephemeral range (32768–60999): a port handed out by the system for "any free port" can be taken
    // a moment later as the local end of an outgoing connection (a database client, an HTTP client) before the test
    // server binds it. Ports from this range are never handed out that way.
    private const int First = 20_000;
    private const int Last = 32_000;

    /// <summary>A port on 127.0.0.1 that nothing listens on right now, for TCP and UDP alike.</summary>
    public static int Next()
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var port = Random.Shared.Next(First, Last);
            if (TcpFree(port) && UdpFree(port))
            {
                return port;
            }
        }

        throw new InvalidOperationException($"No free port between {First} and {Last} on 127.0.0.1.");
    }

    private static bool TcpFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static bool UdpFree(int port)
    {
        try
        {
            using var client = new UdpClient(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
