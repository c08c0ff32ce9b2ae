using System.Net;
using System.Net.Sockets;

namespace Amparo.Cli.Simulation;

/// <summary>One device's TCP connection: writes frames and reads replies through a small buffer.</summary>
public sealed class TcpLink : IAsyncDisposable
{
    private readonly Socket _socket;
    private readonly byte[] _buffer = new byte[512];
    private int _start;
    private int _end;

    private TcpLink(Socket socket) => _socket = socket;

    /// <summary>Connects from <paramref name="source"/> when given (a loopback address of its own, see <see cref="SourceAddresses"/>).</summary>
    public static async Task<TcpLink> ConnectAsync(IPEndPoint server, IPAddress? source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        var socket = new Socket(server.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            if (source is not null)
            {
                socket.Bind(new IPEndPoint(source, 0));
            }

            await socket.ConnectAsync(server, cancellationToken);
            return new TcpLink(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public async Task WriteAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        while (!frame.IsEmpty)
        {
            var sent = await _socket.SendAsync(frame, SocketFlags.None, cancellationToken);
            frame = frame[sent..];
        }
    }

    /// <summary>Exactly <paramref name="count"/> bytes (at most the buffer's size).</summary>
    public async Task<byte[]> ReadExactlyAsync(int count, CancellationToken cancellationToken)
    {
        while (_end - _start < count)
        {
            await FillAsync(cancellationToken);
        }

        var bytes = _buffer.AsSpan(_start, count).ToArray();
        _start += count;
        return bytes;
    }

    /// <summary>The bytes up to and including <paramref name="terminator"/>.</summary>
    public async Task<byte[]> ReadUntilAsync(byte terminator, CancellationToken cancellationToken)
    {
        while (true)
        {
            var at = Array.IndexOf(_buffer, terminator, _start, _end - _start);
            if (at >= 0)
            {
                var bytes = _buffer.AsSpan(_start, at + 1 - _start).ToArray();
                _start = at + 1;
                return bytes;
            }

            await FillAsync(cancellationToken);
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            (_end, _start) = (_end - _start, 0);
        }

        if (_end == _buffer.Length)
        {
            throw new InvalidDataException("Respuesta demasiado larga / reply too long.");
        }

        var read = await _socket.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, cancellationToken);
        if (read == 0)
        {
            throw new IOException("El servidor cerró la conexión / the server closed the connection.");
        }

        _end += read;
    }
}
