using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using Amparo.Domain.Devices;
using Amparo.Ingest.Intake;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Amparo.Ingest.Tcp;

/// <summary>
/// Serves one TCP tracker connection over System.IO.Pipelines: splits frames, decodes them, hands messages to the
/// sink and writes the reply only after the sink has committed them. A malformed frame, an unknown device or a
/// connection idle too long closes that connection alone, with a log line and a counter.
/// </summary>
public sealed partial class TcpDeviceConnectionHandler(
    IDeviceMessageSink sink,
    ConnectionLimiter limiter,
    IOptions<TcpListenerOptions> options,
    ILogger<TcpDeviceConnectionHandler> logger)
{
    public async Task HandleAsync(ITcpDeviceProtocol protocol, ConnectionContext connection)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(connection);
        var address = (connection.RemoteEndPoint as IPEndPoint)?.Address ?? IPAddress.None;
        if (!limiter.TryEnter(address))
        {
            IngestMetrics.FrameRejected(protocol.Protocol, "connection_limit");
            LogConnectionLimit(protocol.Protocol, address.ToString());
            connection.Abort();
            return;
        }

        IngestMetrics.ConnectionOpened(protocol.Protocol);
        try
        {
            await ServeAsync(protocol, connection, address.ToString());
        }
        catch (Exception ex) when (ex is IOException or ConnectionResetException or ConnectionAbortedException or OperationCanceledException)
        {
            // The device went away; whatever was acknowledged is committed.
        }
        finally
        {
            IngestMetrics.ConnectionClosed(protocol.Protocol);
            limiter.Exit(address);
        }
    }

    private async Task ServeAsync(ITcpDeviceProtocol protocol, ConnectionContext connection, string remote)
    {
        var session = protocol.CreateSession();
        var input = connection.Transport.Input;
        var output = connection.Transport.Output;
        var idle = TimeSpan.FromSeconds(options.Value.IdleTimeoutSeconds);
        var cancellation = connection.ConnectionClosed;
        // One timer per connection, pushed back before every read: no allocation per read on the hot path.
        using var idleTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        while (true)
        {
            ReadResult read;
            idleTimeout.CancelAfter(idle);
            try
            {
                read = await input.ReadAsync(idleTimeout.Token);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                LogIdle(protocol.Protocol, remote);
                return;
            }

            var buffer = read.Buffer;
            var close = false;
            while (!close)
            {
                var status = session.TryReadFrame(ref buffer, out var frame, out var error);
                if (status == FrameStatus.NeedMoreData)
                {
                    break;
                }

                IngestMetrics.FrameReceived(protocol.Protocol);
                var outcome = status == FrameStatus.Frame ? session.Decode(frame) : TcpFrameOutcome.Refused(error ?? "Malformed frame.");
                close = !await HandleFrameAsync(protocol, session, outcome, frame, output, remote, cancellation);
            }

            input.AdvanceTo(buffer.Start, buffer.End);
            if (close || read.IsCompleted)
            {
                return;
            }
        }
    }

    /// <returns>False when the connection must close.</returns>
    private async Task<bool> HandleFrameAsync(
        ITcpDeviceProtocol protocol, ITcpDeviceSession session, TcpFrameOutcome outcome, ReadOnlySequence<byte> frame, PipeWriter output, string remote,
        CancellationToken cancellation)
    {
        if (outcome.Error is { } error)
        {
            IngestMetrics.FrameRejected(protocol.Protocol, "malformed");
            LogMalformed(protocol.Protocol, remote, error);
            return false;
        }

        IngestMetrics.FrameDecoded(protocol.Protocol);
        if (outcome.LoginId is { } login)
        {
            if (!await sink.IdentifyAsync(login, protocol.Protocol, remote, cancellation))
            {
                IngestMetrics.FrameRejected(protocol.Protocol, "unknown_device");
                LogUnknownDevice(protocol.Protocol, login, remote);
                if (outcome.UnknownDeviceReply is { } refusal)
                {
                    await output.WriteAsync(refusal, cancellation);
                }

                return false;
            }

            session.Identified(login);
        }

        if (!await sink.AcceptAllAsync(outcome.Messages, frame, protocol.Protocol, cancellation))
        {
            // Not stored: no reply, so the device keeps the data and sends it again.
            return false;
        }

        if (outcome.Reply is { } reply)
        {
            await output.WriteAsync(reply, cancellation);
        }

        return true;
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "{Protocol} frame from {Remote} refused, connection closed: {Reason}")]
    private partial void LogMalformed(DeviceProtocol protocol, string remote, string reason);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "{Protocol} login of unknown device {UniqueId} from {Remote}; connection closed")]
    private partial void LogUnknownDevice(DeviceProtocol protocol, string uniqueId, string remote);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "{Protocol} connection from {Remote} idle too long; closed")]
    private partial void LogIdle(DeviceProtocol protocol, string remote);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "{Protocol} connection from {Remote} refused: too many from that address")]
    private partial void LogConnectionLimit(DeviceProtocol protocol, string remote);
}
