using System.Net;

namespace Amparo.Cli.Simulation;

/// <summary>A tracker that keeps one TCP connection to its listener.</summary>
public abstract class TcpTrackerClient(IPEndPoint server, IPAddress? source) : ITrackerClient
{
    private TcpLink? _link;

    public abstract bool Acknowledges { get; }

    protected TcpLink Link => _link ?? throw new InvalidOperationException("Not connected.");

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        await CloseAsync();
        _link = await TcpLink.ConnectAsync(server, source, cancellationToken);
        await LoginAsync(cancellationToken);
    }

    public abstract Task SendAsync(DeviceFix fix, CancellationToken cancellationToken);

    public async ValueTask CloseAsync()
    {
        if (_link is { } link)
        {
            _link = null;
            await link.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>What the protocol does first on a new connection (nothing for protocols without a login).</summary>
    protected abstract Task LoginAsync(CancellationToken cancellationToken);
}
