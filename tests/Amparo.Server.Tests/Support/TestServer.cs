using System.Net.Http.Headers;
using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Ingest.OsmAnd;
using Amparo.Server.Hosting;
using Amparo.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Amparo.Server.Tests.Support;

/// <summary>A real Amparo host on 127.0.0.1 with free ports, on a fresh SQLite file or PostgreSQL database.</summary>
public sealed class TestServer : IAsyncDisposable
{
    public const string Password = "Prueba.Amparo-2026";

    private TestServer(WebApplication app, DatabaseProvider provider, TestPorts ports)
    {
        App = app;
        Provider = provider;
        Gt06Port = ports.Gt06;
        H02Port = ports.H02;
        WatchPort = ports.Watch;
        TeltonikaPort = ports.Teltonika;
        Api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{ports.Http}/") };
        Device = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{ports.OsmAnd}/") };
    }

    public WebApplication App { get; }

    /// <summary>The GT06 TCP listener's port on 127.0.0.1.</summary>
    public int Gt06Port { get; }

    /// <summary>The H02 TCP listener's port on 127.0.0.1.</summary>
    public int H02Port { get; }

    /// <summary>The watch (3G/SG) TCP listener's port on 127.0.0.1.</summary>
    public int WatchPort { get; }

    /// <summary>The Teltonika TCP listener's port on 127.0.0.1.</summary>
    public int TeltonikaPort { get; }

    public DatabaseProvider Provider { get; }

    /// <summary>The console and API port.</summary>
    public HttpClient Api { get; }

    /// <summary>The OsmAnd device port.</summary>
    public HttpClient Device { get; }

    public static async Task<TestServer> StartAsync(DatabaseProvider provider, params string[] moreArguments)
    {
        var database = await TestDatabases.CreateAsync(provider);
        for (var attempt = 1; ; attempt++)
        {
            var ports = TestPorts.Free();
            var app = Build(provider, database.ConnectionString, ports, moreArguments);
            try
            {
                await AmparoHost.PrepareAsync(app);
                await app.StartAsync();
                return new TestServer(app, provider, ports);
            }
            catch (IOException ex) when (attempt < 3 && ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
                // Another process took a port between our check and the bind: try other ports.
                await app.DisposeAsync();
            }
        }
    }

    private static WebApplication Build(DatabaseProvider provider, string connectionString, TestPorts ports, string[] moreArguments)
    {
        string[] args =
        [
            .. ports.Arguments(),
            $"--Amparo:Database:Provider={provider}",
            $"--Amparo:Database:ConnectionString={connectionString}",
            "--Amparo:Listeners:Tcp:IdleTimeoutSeconds=5",
            "--Amparo:Demo:Enabled=true",
            // Every test signs in from 127.0.0.1: the per-address sign-in limit has its own test.
            "--Amparo:Security:SignInAttemptsPerMinute=10000",
            "--Amparo:Listeners:Rate:FramesPerDeviceMinute=1000000",
            "--Amparo:Demo:Simulate=false",
            $"--Amparo:Demo:Password={Password}",
            "--Amparo:Map:TileUrl=",
            "--Logging:LogLevel:Default=Warning",
            // Tests enrol many phones from 127.0.0.1 within a minute; the enrolment limit has its own test and server.
            "--Amparo:App:EnrolAttemptsPerMinute=10000",
            .. moreArguments,
        ];
        return AmparoHost.Build(args);
    }

    public AmparoDbContext Db() => App.Services.GetRequiredService<IDbContextFactory<AmparoDbContext>>().CreateDbContext();

    public async Task<string> TokenAsync(string userName, string password = Password)
    {
        using var response = await Api.PostAsJsonAsync("api/auth/login", new { userName, password });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("accessToken").GetString()!;
    }

    public async Task<HttpClient> ClientAsync(string userName)
    {
        var client = new HttpClient { BaseAddress = Api.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(userName));
        // Roles outside the centre say why they read a victim's data; a test's reason is that it is a test.
        client.DefaultRequestHeaders.Add(Amparo.Server.Security.VictimDataAuditFilter.ReasonHeader, "prueba automatizada");
        return client;
    }

    /// <summary>A SignalR client of the monitoring hub signed in as <paramref name="userName"/>, not yet started.</summary>
    public async Task<HubConnection> HubAsync(string userName)
    {
        var token = await TokenAsync(userName);
        return new HubConnectionBuilder()
            .WithUrl(new Uri(Api.BaseAddress!, "hubs/monitoring"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
    }

    /// <summary>Sends an OsmAnd GET as a phone would.</summary>
    public Task<HttpResponseMessage> SendAsync(string uniqueId, double lat, double lon, DateTime fixTime, string extra = "") =>
        Device.GetAsync(OsmAndQuery.For(uniqueId, lat, lon, fixTime, extra));

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        Device.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
