using System.Text.Json;
using System.Threading.Channels;

namespace Amparo.Server.Tests.Support;

/// <summary>The messages of one kind a hub client received, in the order they came.</summary>
public sealed class HubMessages
{
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();

    public void Add(JsonElement message) => _received.Writer.TryWrite(message.Clone());

    /// <summary>The next message that matches, skipping others (messages of other tests on the shared server); fails after 10 s.</summary>
    public async Task<JsonElement> NextAsync(Func<JsonElement, bool> matches)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var message = await _received.Reader.ReadAsync(timeout.Token);
            if (matches(message))
            {
                return message;
            }
        }
    }
}
