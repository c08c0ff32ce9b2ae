using System.Buffers;
using System.Net;
using System.Net.Sockets;
using Amparo.Domain.Devices;
using Amparo.Ingest.Intake;
using Amparo.Ingest.Udp;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Amparo.Ingest.Teltonika;

/// <summary>
/// Teltonika over UDP: each datagram names its unit, which must be registered; its records go to the sink and the
/// reply is sent only once every one is committed. A malformed datagram or an unknown unit gets no reply (the unit
/// sends again), with a log line and a counter; the listener goes on with the next datagram.
/// </summary>
public sealed partial class TeltonikaUdpListener(
    IPEndPoint endpoint,
    IDeviceMessageSink sink,
    IOptions<UdpListenerOptions> options,
    ILogger<TeltonikaUdpListener> logger) : BackgroundService
{
    private const DeviceProtocol Protocol = DeviceProtocol.Teltonika;
    private Socket? _socket;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Bound before the host has started, so a port in use fails startup as a TCP listener's does.
        _socket = new Socket(endpoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        _socket.Bind(endpoint);
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _socket?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var socket = _socket ?? throw new InvalidOperationException("The listener was not started.");
        var slots = options.Value.MaxConcurrentDatagrams;
        using var free = new SemaphoreSlim(slots);
        var buffer = new byte[65_535];
        EndPoint anyone = new IPEndPoint(endpoint.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
        try
        {
            while (true)
            {
                SocketReceiveFromResult received;
                try
                {
                    received = await socket.ReceiveFromAsync(buffer, SocketFlags.None, anyone, stoppingToken);
                }
                catch (SocketException ex)
                {
                    // Some platforms report an earlier reply's ICMP "port unreachable" here; the socket is still good.
                    LogReceiveFailed(ex.SocketErrorCode);
                    continue;
                }

                var datagram = buffer.AsSpan(0, received.ReceivedBytes).ToArray();
                var remote = (IPEndPoint)received.RemoteEndPoint;
                await free.WaitAsync(stoppingToken);
                _ = Task.Run(async () =>
                {
                    try
                    {
                        await HandleAsync(socket, datagram, remote, stoppingToken);
                    }
                    finally
                    {
                        free.Release();
                    }
                }, CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: let the datagrams being stored finish before the socket closes.
            for (var i = 0; i < slots; i++)
            {
                await free.WaitAsync(CancellationToken.None);
            }
        }
    }

    private async Task HandleAsync(Socket socket, byte[] bytes, IPEndPoint remote, CancellationToken cancellation)
    {
        var from = remote.Address.ToString();
        IngestMetrics.FrameReceived(Protocol);
        var (datagram, error) = TeltonikaUdpDecoder.Decode(bytes);
        if (datagram is null)
        {
            IngestMetrics.FrameRejected(Protocol, "malformed");
            LogMalformed(from, error ?? "Undecodable datagram.");
            return;
        }

        IngestMetrics.FrameDecoded(Protocol);
        try
        {
            if (!await sink.IdentifyAsync(datagram.Imei, Protocol, from, cancellation))
            {
                IngestMetrics.FrameRejected(Protocol, "unknown_device");
                LogUnknownDevice(datagram.Imei, from);
                return;
            }

            if (!await sink.AcceptAllAsync(TeltonikaMessages.Of(datagram.Imei, datagram.Packet), new ReadOnlySequence<byte>(bytes), Protocol, cancellation))
            {
                // Not stored: no reply, so the unit keeps the data and sends it again.
                return;
            }

            if (datagram.Reply is { } reply)
            {
                await socket.SendToAsync(reply, SocketFlags.None, remote, cancellation);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Stopping; the unit sends again to the next run.
        }
        catch (Exception ex)
        {
            LogFailed(ex, datagram.Imei, from);
        }
    }

    [LoggerMessage(EventId = 1111, Level = LogLevel.Warning, Message = "Teltonika UDP datagram from {Remote} refused: {Reason}")]
    private partial void LogMalformed(string remote, string reason);

    [LoggerMessage(EventId = 1112, Level = LogLevel.Warning, Message = "Teltonika UDP datagram of unknown device {UniqueId} from {Remote}; not answered")]
    private partial void LogUnknownDevice(string uniqueId, string remote);

    [LoggerMessage(EventId = 1113, Level = LogLevel.Warning, Message = "Teltonika UDP receive failed ({Error}); listening on")]
    private partial void LogReceiveFailed(SocketError error);

    [LoggerMessage(EventId = 1114, Level = LogLevel.Error, Message = "Teltonika UDP datagram of {UniqueId} from {Remote} could not be handled; not answered")]
    private partial void LogFailed(Exception exception, string uniqueId, string remote);
}
