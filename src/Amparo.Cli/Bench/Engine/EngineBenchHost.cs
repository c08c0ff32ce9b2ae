using System.Globalization;
using Amparo.Server.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Amparo.Cli.Bench.Engine;

/// <summary>Amparo in this process on 127.0.0.1 with free ports: the API and hub, the GT06 listener and the silo; other listeners off.</summary>
public sealed class EngineBenchHost
{
    private EngineBenchHost(WebApplication app, int httpPort, int gt06Port)
    {
        App = app;
        Server = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{httpPort}/"));
        Gt06Port = gt06Port;
    }

    public WebApplication App { get; }

    public Uri Server { get; }

    public int Gt06Port { get; }

    /// <summary>Builds the host and migrates its database; it is not started yet.</summary>
    public static async Task<EngineBenchHost> PrepareAsync(string connectionString, params string[] moreArguments)
    {
        var httpPort = BenchHostArguments.FreePort();
        var gt06Port = BenchHostArguments.FreePort();
        string[] args =
        [
            .. BenchHostArguments.Trackers(connectionString, httpPort, gt06Port),
            // Every breach opens an alarm, as it should: not worth a line each.
            "--Logging:LogLevel:Amparo.Monitoring.Engine.CaseMonitorGrain=Error",
            // Standard output carries the JSON line alone.
            "--Logging:Console:LogToStandardErrorThreshold=Trace",
            .. moreArguments,
        ];
        var app = AmparoHost.Build(args);
        await AmparoHost.PrepareAsync(app);
        return new EngineBenchHost(app, httpPort, gt06Port);
    }
}
