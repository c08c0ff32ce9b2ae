using System.Net;
using System.Net.Sockets;
using Amparo.Ingest.Gt06;

namespace Amparo.Server.Tests.Cluster;

/// <summary>
/// A GT06 tracker for fault tests: sends a fix a second of fix time, one after another as each is acknowledged, and
/// notes every acknowledgement. On a broken or silent connection it reconnects (to the next server of its list, as
/// a tracker with a backup address or behind a balancer would) and sends the unacknowledged fix again.
/// </summary>
public sealed class FailoverTracker(string imei, IReadOnlyList<int> ports)
{
    private static readonly TimeSpan ReplyLimit = TimeSpan.FromSeconds(5);
    private readonly List<Acknowledgement> _acknowledged = [];
    private ushort _serial;

    public string Imei { get; } = imei;

    public int Reconnects { get; private set; }

    public IReadOnlyList<Acknowledgement> Acknowledged
    {
        get
        {
            lock (_acknowledged)
            {
                return [.. _acknowledged];
            }
        }
    }

    public async Task RunAsync(DateTime firstFix, TimeSpan pause, CancellationToken stop)
    {
        var fix = firstFix;
        var port = 0;
        TcpClient? client = null;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    if (client is null)
                    {
                        client = await ConnectAsync(ports[port], stop);
                    }

                    await ExchangeAsync(client, Gt06Encoder.Location(fix, -16.4, -71.53, 0, 0, Next()), stop);
                    lock (_acknowledged)
                    {
                        _acknowledged.Add(new Acknowledgement(fix, DateTime.UtcNow, ports[port]));
                    }

                    fix = fix.AddSeconds(1);
                    await Task.Delay(pause, stop);
                }
                catch (Exception e) when (e is IOException or SocketException or TimeoutException or InvalidDataException
                    || (e is OperationCanceledException && !stop.IsCancellationRequested))
                {
                    client?.Dispose();
                    client = null;
                    Reconnects++;
                    port = (port + 1) % ports.Count;
                    await Task.Delay(200, stop);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run is over; the fix in flight, if any, was never acknowledged.
        }
        finally
        {
            client?.Dispose();
        }
    }

    private async Task<TcpClient> ConnectAsync(int port, CancellationToken stop)
    {
        var client = new TcpClient();
        try
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(stop);
            limit.CancelAfter(ReplyLimit);
            await client.ConnectAsync(IPAddress.Loopback, port, limit.Token);
            await ExchangeAsync(client, Gt06Encoder.Login(Imei, Next()), stop);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>Writes a frame and reads the server's reply: 78 78, its length, then that many bytes and the end mark.</summary>
    private static async Task ExchangeAsync(TcpClient client, byte[] frame, CancellationToken stop)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(stop);
        limit.CancelAfter(ReplyLimit);
        var stream = client.GetStream();
        await stream.WriteAsync(frame, limit.Token);
        var header = new byte[3];
        await stream.ReadExactlyAsync(header, limit.Token);
        if (header[0] != 0x78 || header[1] != 0x78)
        {
            throw new InvalidDataException("Not a GT06 reply.");
        }

        await stream.ReadExactlyAsync(new byte[header[2] + 2], limit.Token);
    }

    private ushort Next() => _serial = (ushort)(_serial % ushort.MaxValue + 1);

    /// <summary>A fix the server acknowledged, when, and which server did.</summary>
    public sealed record Acknowledgement(DateTime FixTime, DateTime At, int Port);
}
