using System.Collections.Concurrent;
using Amparo.Data.Database;
using Amparo.Testing;

namespace Amparo.Server.Tests.Support;

/// <summary>One server per database configured for dispatch: its CAP endpoint is a <see cref="CapReceiver"/> and its 911 callbacks need <see cref="Key"/>.</summary>
public sealed class DispatchServerPool : IAsyncLifetime
{
    public const string Key = "clave-911-de-prueba";

    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<(TestServer, CapReceiver)>>> _servers = new();

    public Task<(TestServer Server, CapReceiver Receiver)> GetAsync(DatabaseProvider provider) =>
        _servers.GetOrAdd(provider, p => new Lazy<Task<(TestServer, CapReceiver)>>(() => StartAsync(p))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var started in _servers.Values.Where(s => s.IsValueCreated))
        {
            var (server, receiver) = await started.Value;
            await server.DisposeAsync();
            await receiver.DisposeAsync();
        }
    }

    private static async Task<(TestServer, CapReceiver)> StartAsync(DatabaseProvider provider)
    {
        var receiver = new CapReceiver(FreePorts.Next());
        await receiver.StartAsync();
        var server = await TestServer.StartAsync(provider,
            $"--Amparo:Dispatch:Endpoint={receiver.Endpoint}", $"--Amparo:Dispatch:CallbackKey={Key}", "--Amparo:Dispatch:TimeoutSeconds=5");
        return (server, receiver);
    }
}

[CollectionDefinition(Name)]
public sealed class DispatchServerCollection : ICollectionFixture<DispatchServerPool>
{
    public const string Name = "dispatch-servers";
}
