using System.Collections.Concurrent;

namespace Amparo.Server.Tests.Support;

/// <summary>
/// A Nominatim-compatible server for tests: a real Kestrel on 127.0.0.1 that keeps every request it gets (whatever
/// its path) and answers what <see cref="Reply"/> says, after <see cref="Hold"/> when set; it can be stopped and started
/// again on the same port.
/// </summary>
public sealed class NominatimStub : IAsyncDisposable
{
    /// <summary>Four places as Nominatim's <c>/search?format=jsonv2</c> gives them, two with coordinates no map has.</summary>
    public const string Places = """
        [
          {"place_id": 1, "lat": "-16.3988", "lon": "-71.5369", "category": "building", "type": "house", "importance": 0.41,
           "display_name": "Calle Mercaderes 120, Cercado, Arequipa, Perú"},
          {"place_id": 2, "lat": "no", "lon": "-71.5", "category": "highway", "type": "residential", "display_name": "Sin coordenadas"},
          {"place_id": 3, "lat": "-16.4001", "lon": "-71.5350", "category": "highway", "type": "residential", "importance": 0.3,
           "display_name": "Calle Mercaderes, Cercado, Arequipa, Perú"},
          {"place_id": 4, "lat": "95.5", "lon": "-71.5", "category": "place", "type": "suburb", "display_name": "Fuera del mundo"},
          {"place_id": 5, "lat": "-16.3912", "lon": "-71.5467", "type": "suburb", "display_name": "Mercaderes, Yanahuara, Arequipa, Perú"},
          {"place_id": 6, "lat": "-16.41", "lon": "-71.52", "category": "place", "type": "city", "display_name": "Arequipa, Perú"}
        ]
        """;

    private WebApplication? _app;

    public NominatimStub(int port)
    {
        Port = port;
    }

    public int Port { get; }

    /// <summary>Where Amparo is pointed: a path below the host, as a Nominatim behind a proxy is.</summary>
    public string BaseUrl => $"http://127.0.0.1:{Port}/nominatim";

    public ConcurrentQueue<StubRequest> Received { get; } = new();

    /// <summary>The status, content type and body of the next answers.</summary>
    public (int Status, string ContentType, string Body) Reply { get; set; } = (200, "application/json", Places);

    /// <summary>When set, each request waits for it before being answered.</summary>
    public TaskCompletionSource? Hold { get; set; }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Map("/{**path}", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var request = context.Request;
            Received.Enqueue(new StubRequest(
                request.Method, request.Path.Value ?? "", request.QueryString.Value ?? "",
                request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal),
                request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                await reader.ReadToEndAsync()));
            if (Hold is { } hold)
            {
                await hold.Task.WaitAsync(context.RequestAborted);
            }

            var (status, contentType, body) = Reply;
            return Results.Text(body, contentType, statusCode: status);
        });
        await app.StartAsync();
        _app = app;
    }

    public async Task StopAsync()
    {
        Hold?.TrySetResult();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}

/// <summary>One request as the stub got it: method, path, raw and parsed query, headers and body.</summary>
public sealed record StubRequest(
    string Method, string Path, string QueryString, IReadOnlyDictionary<string, string> Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>Everything that reached the server, as one text to search for what should not be there.</summary>
    public string Everything => string.Join('\n', [Method, Path, Uri.UnescapeDataString(QueryString), .. Headers.Select(h => $"{h.Key}: {h.Value}"), Body]);
}
