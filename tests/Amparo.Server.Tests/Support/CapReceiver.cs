using System.Collections.Concurrent;

namespace Amparo.Server.Tests.Support;

/// <summary>A 911 centre's CAP intake for tests: a real Kestrel on 127.0.0.1 that keeps every body POSTed to /cap; it can be stopped and started again on the same port.</summary>
public sealed class CapReceiver : IAsyncDisposable
{
    private WebApplication? _app;

    public CapReceiver(int port)
    {
        Port = port;
    }

    public int Port { get; }

    public Uri Endpoint => new($"http://127.0.0.1:{Port}/cap");

    public ConcurrentQueue<(string? ContentType, string Body)> Received { get; } = new();

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/cap", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            Received.Enqueue((request.ContentType, await reader.ReadToEndAsync()));
            return Results.Accepted();
        });
        await app.StartAsync();
        _app = app;
    }

    public async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}
