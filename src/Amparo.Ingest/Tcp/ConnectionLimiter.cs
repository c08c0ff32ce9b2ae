using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace Amparo.Ingest.Tcp;

/// <summary>Counts open device connections per remote address and refuses those over the limit.</summary>
public sealed class ConnectionLimiter(IOptions<TcpListenerOptions> options)
{
    private readonly ConcurrentDictionary<IPAddress, int> _open = new();

    public bool TryEnter(IPAddress address)
    {
        var limit = options.Value.MaxConnectionsPerAddress;
        while (true)
        {
            var current = _open.GetValueOrDefault(address);
            if (current >= limit)
            {
                return false;
            }

            if (current == 0 ? _open.TryAdd(address, 1) : _open.TryUpdate(address, current + 1, current))
            {
                return true;
            }
        }
    }

    public void Exit(IPAddress address)
    {
        while (_open.TryGetValue(address, out var current))
        {
            if (current <= 1 ? _open.TryRemove(KeyValuePair.Create(address, current)) : _open.TryUpdate(address, current - 1, current))
            {
                return;
            }
        }
    }
}
