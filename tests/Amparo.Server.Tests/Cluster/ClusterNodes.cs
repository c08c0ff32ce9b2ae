using System.Globalization;
using System.Text.Json;
using Amparo.Data.Database;
using Amparo.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Amparo.Server.Tests.Cluster;

/// <summary>The arguments of one silo of a test cluster on the test PostgreSQL server, and clients of a running one.</summary>
public static class ClusterNodes
{
    public const string Password = "Cluster.Amparo-2026";

    /// <summary>Each case's reminder fires every <paramref name="reminderSeconds"/> (short, so a dead silo's cases come back quickly).</summary>
    public static string[] Arguments(DatabaseOptions database, TestPorts ports, string clusterId, int reminderSeconds = 5) =>
    [
        .. ports.Arguments(),
        "--Amparo:Database:Provider=Postgres",
        $"--Amparo:Database:ConnectionString={database.ConnectionString}",
        "--Amparo:Orleans:Clustering=Database",
        $"--Amparo:Orleans:ClusterId={clusterId}",
        string.Create(CultureInfo.InvariantCulture, $"--Amparo:Orleans:CaseReminderSeconds={reminderSeconds}"),
        "--Amparo:Orleans:ProbeTimeoutSeconds=1",
        "--Amparo:Demo:Enabled=true",
        "--Amparo:Demo:Simulate=false",
        $"--Amparo:Demo:Password={Password}",
        "--Amparo:Map:TileUrl=",
        "--Logging:LogLevel:Default=Warning",
    ];

    /// <summary>A monitoring hub client of <paramref name="node"/>, signed in as <paramref name="userName"/>, not yet started.</summary>
    public static async Task<HubConnection> HubAsync(AmparoProcess node, string userName)
    {
        ArgumentNullException.ThrowIfNull(node);
        using var client = new HttpClient { BaseAddress = node.BaseAddress };
        using var response = await client.PostAsJsonAsync("api/auth/login", new { userName, password = Password });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var token = body.RootElement.GetProperty("accessToken").GetString();
        return new HubConnectionBuilder()
            .WithUrl(new Uri(node.BaseAddress, "hubs/monitoring"), o => o.AccessTokenProvider = () => Task.FromResult(token))
            .Build();
    }
}
