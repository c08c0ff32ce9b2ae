using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Amparo.Server.Tests.Support;

public static class HubStart
{
    /// <summary>
    /// Starts the connection and returns once the hub has put it in its groups: the handshake completes before the
    /// hub's OnConnectedAsync, but a call is served only after it, so a message sent from here on is not missed.
    /// </summary>
    public static async Task StartSubscribedAsync(this HubConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await connection.StartAsync();
        await connection.InvokeAsync<JsonElement>("OpenAlarms");
    }
}
