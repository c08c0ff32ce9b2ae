using System.Collections.Concurrent;
using Amparo.Data.Database;
using Amparo.Testing;

namespace Amparo.Server.Tests.Support;

/// <summary>One server per database whose geocoder is a <see cref="NominatimStub"/>: at most 3 places, a contact email and a User-Agent of its own.</summary>
public sealed class GeocodingServerPool : IAsyncLifetime
{
    public const string UserAgent = "Amparo-Prueba/2.0 (centro de monitoreo)";
    public const string Email = "centro@amparo.test";

    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<(TestServer, NominatimStub)>>> _servers = new();

    public Task<(TestServer Server, NominatimStub Geocoder)> GetAsync(DatabaseProvider provider) =>
        _servers.GetOrAdd(provider, p => new Lazy<Task<(TestServer, NominatimStub)>>(() => StartAsync(p))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var started in _servers.Values.Where(s => s.IsValueCreated))
        {
            var (server, geocoder) = await started.Value;
            await server.DisposeAsync();
            await geocoder.DisposeAsync();
        }
    }

    private static async Task<(TestServer, NominatimStub)> StartAsync(DatabaseProvider provider)
    {
        var geocoder = new NominatimStub(FreePorts.Next());
        await geocoder.StartAsync();
        var server = await TestServer.StartAsync(provider,
            $"--Amparo:Geocoding:BaseUrl={geocoder.BaseUrl}/", "--Amparo:Geocoding:MaxResults=3",
            $"--Amparo:Geocoding:UserAgent={UserAgent}", $"--Amparo:Geocoding:Email={Email}");
        return (server, geocoder);
    }
}

[CollectionDefinition(Name)]
public sealed class GeocodingServerCollection : ICollectionFixture<GeocodingServerPool>
{
    public const string Name = "geocoding-servers";
}
