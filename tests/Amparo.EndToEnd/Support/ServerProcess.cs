using System.Diagnostics;
using System.Text;
using Amparo.Testing;

namespace Amparo.EndToEnd.Support;

/// <summary>
/// Amparo started as its own process from its build output, with the demo and its simulator on, a fresh SQLite
/// file and free ports on 127.0.0.1; no map tiles (there is no network here).
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    public const string Password = "Demo.Prueba-2026";

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The key the demo server's 911 callbacks must carry.</summary>
    public const string CallbackKey = "e2e-911-callback-key";

    /// <summary>
    /// Starts the demo server on free ports. A port found free can be taken before the server binds it (another
    /// test's connection gets it as its ephemeral port): then the start is retried on other ports.
    /// </summary>
    public static async Task<ServerProcess> StartAsync()
    {
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            var running = Launch(TestPorts.Free());
            try
            {
                await running.WaitUntilReadyAsync();
                return running;
            }
            catch (InvalidOperationException) when (attempt < attempts && running.Output.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                await running.DisposeAsync();
            }
        }
    }

    private static ServerProcess Launch(TestPorts ports)
    {
        var folder = Directory.CreateTempSubdirectory("amparo-e2e-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            ServerAssembly(), "--demo",
            $"--Amparo:Demo:Password={Password}",
            $"--Amparo:Database:ConnectionString=Data Source={Path.Combine(folder, "data", "amparo.db")}",
            "--Amparo:Map:TileUrl=",
            $"--Amparo:Dispatch:CallbackKey={CallbackKey}",
        }.Concat(ports.Arguments()))
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var running = new ServerProcess(process, new Uri($"http://127.0.0.1:{ports.Http}/"));
        process.OutputDataReceived += (_, e) => running.Append(e.Data);
        process.ErrorDataReceived += (_, e) => running.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("Amparo exited at start:\n" + Output);
            }

            try
            {
                using var response = await client.GetAsync(new Uri("health/ready", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("Amparo was not ready within 90 s:\n" + Output);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    /// <summary>The server's build output of the same configuration as these tests (Debug or Release).</summary>
    private static string ServerAssembly()
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var path = Path.Combine(SharedFiles.RepositoryRoot, "src", "Amparo.Server", "bin", configuration, "net10.0", "Amparo.Server.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build Amparo.Server first.", path);
    }
}
