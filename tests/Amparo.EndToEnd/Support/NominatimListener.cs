using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Amparo.Testing;

namespace Amparo.EndToEnd.Support;

/// <summary>
/// The programme's Nominatim for a browser test: an <see cref="HttpListener"/> on 127.0.0.1 that keeps the <c>q</c> of
/// every <c>/search</c> and answers <see cref="Answer"/> as JSON.
/// </summary>
public sealed class NominatimListener : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public NominatimListener()
    {
        Port = FreePorts.Next();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>The addresses asked for, as the server sent them.</summary>
    public ConcurrentQueue<string> Asked { get; } = new();

    /// <summary>The places answered, as Nominatim's <c>format=jsonv2</c> JSON array.</summary>
    public string Answer { get; set; } = "[]";

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var found = context.Request.Url?.AbsolutePath == "/search";
            if (found)
            {
                Asked.Enqueue(context.Request.QueryString["q"] ?? "");
            }

            var body = Encoding.UTF8.GetBytes(found ? Answer : "[]");
            context.Response.StatusCode = found ? 200 : 404;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
