using System.Collections.Concurrent;
using Amparo.Data.Database;

namespace Amparo.Server.Tests.Support;

/// <summary>One running server per database for the whole assembly; each test makes its own case in it.</summary>
public sealed class ServerPool : IAsyncLifetime
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<TestServer>>> _servers = new();

    public Task<TestServer> GetAsync(DatabaseProvider provider) =>
        _servers.GetOrAdd(provider, p => new Lazy<Task<TestServer>>(() => TestServer.StartAsync(p))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var server in _servers.Values.Where(s => s.IsValueCreated))
        {
            await (await server.Value).DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerPool>
{
    public const string Name = "servers";
}
