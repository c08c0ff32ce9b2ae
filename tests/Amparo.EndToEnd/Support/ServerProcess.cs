using Amparo.Testing;

namespace Amparo.EndToEnd.Support;

/// <summary>
/// The demo as a newcomer runs it, in its own process (<see cref="AmparoProcess"/>): the demo and its simulator on,
/// a fresh SQLite file and free ports on 127.0.0.1, no map tiles (there is no network here), a 911 callback key.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    public const string Password = "Demo.Prueba-2026";

    /// <summary>The key the demo server's 911 callbacks must carry.</summary>
    public const string CallbackKey = "e2e-911-callback-key";

    private readonly AmparoProcess _process;

    private ServerProcess(AmparoProcess process, TestPorts ports)
    {
        _process = process;
        Ports = ports;
    }

    public Uri BaseAddress => _process.BaseAddress;

    /// <summary>Where its device listeners are, for a test that plays a device itself.</summary>
    public TestPorts Ports { get; }

    public string Output => _process.Output;

    /// <summary>
    /// Starts the demo server on free ports. A port found free can be taken before the server binds it (another
    /// test's connection gets it as its ephemeral port): then the start is retried on other ports.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(params string[] moreArguments)
    {
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            var ports = TestPorts.Free();
            var folder = Directory.CreateTempSubdirectory("amparo-e2e-").FullName;
            string[] arguments =
            [
                "--demo",
                $"--Amparo:Demo:Password={Password}",
                $"--Amparo:Database:ConnectionString=Data Source={Path.Combine(folder, "data", "amparo.db")}",
                "--Amparo:Map:TileUrl=",
                $"--Amparo:Dispatch:CallbackKey={CallbackKey}",
                "--Amparo:Security:SignInAttemptsPerMinute=10000",
                .. ports.Arguments(),
                .. moreArguments,
            ];
            try
            {
                return new ServerProcess(await AmparoProcess.StartAsync(arguments, ports.Http, folder), ports);
            }
            catch (InvalidOperationException ex) when (attempt < attempts && ex.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
            {
                // Another run took one of the ports between our pick and the bind: pick again.
            }
        }
    }

    /// <summary>An API client signed in as one of the demo's users.</summary>
    public Task<HttpClient> ClientAsync(string userName) => _process.ClientAsync(userName, Password);

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
