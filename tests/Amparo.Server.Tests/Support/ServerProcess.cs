using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Amparo.Server.Tests.Support;

/// <summary>
/// Amparo as its own process (the server built next to this test assembly, run with <c>dotnet</c>), so a test can
/// kill it with SIGKILL, as a crash or a power cut would, and start it again on the same database.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private ServerProcess(Process process, Uri api)
    {
        _process = process;
        Api = new HttpClient { BaseAddress = api };
    }

    public HttpClient Api { get; }

    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return [.. _output];
            }
        }
    }

    public static async Task<ServerProcess> StartAsync(IEnumerable<string> arguments, int httpPort)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(ServerAssembly());
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{httpPort}/"));
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitReadyAsync();
        return server;
    }

    /// <summary>SIGKILL: nothing is flushed, no shutdown hook runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async Task<HttpClient> ClientAsync(string userName, string password)
    {
        using var response = await Api.PostAsJsonAsync("api/auth/login", new { userName, password });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var client = new HttpClient { BaseAddress = Api.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var ready = await Api.GetAsync("health/ready");
                if (ready.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException("The server process did not become ready:\n" + string.Join('\n', Output.TakeLast(40)));
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }
    }

    /// <summary>The server's build of the same configuration as this test assembly (bin/Debug or bin/Release).</summary>
    private static string ServerAssembly()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent!.Name;
        var root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Amparo.slnx")))
        {
            root = root.Parent;
        }

        var path = Path.Combine(root?.FullName ?? throw new InvalidOperationException("Amparo.slnx not found above the tests."),
            "src", "Amparo.Server", "bin", configuration, here.Name, "Amparo.Server.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: the server is run from its own build.", path);
    }
}
